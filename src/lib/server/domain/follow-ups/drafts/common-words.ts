/**
 * Capitalised words a pt-BR business message uses that are not facts: sentence openers,
 * greetings and sign-offs, the names of channels and of the script's sections, weekdays and
 * months. `ungroundedFacts` never reports these; any other capitalised word must come from
 * the context. Accent-folded, lowercase. Keep it to ordinary words: a name added here could be
 * invented by a model without being caught.
 */
const WORDS = `
a ao aos as à às o os um uma uns umas e é ou mas nem se que quando qual quais quem onde como
de do da dos das no na nos nas em num numa por pelo pela pelos pelas para pra pro com sem sobre
entre desde até após ante conforme segundo durante
eu você vocês voce voces ele ela eles elas nós nos me te lhe lhes seu sua seus suas meu minha
meus minhas nosso nossa nossos nossas este esta estes estas esse essa esses essas isso isto
aquele aquela aqui ali lá la ai aí
olá ola oi bom boa bons boas dia tarde noite tudo bem prezado prezada prezados caro cara
atenciosamente abraço abraços obrigado obrigada obrigados grato grata cordialmente saudações
espero esperamos gostaria gostaríamos queria quero quis estou estamos está estão fico ficamos
fique fiquem ficou ficaram sigo seguimos segue seguem aguardo aguardamos agradeço agradecemos
conte contem pode podemos posso poderia poderíamos podem vamos vou vi vimos notei notamos
percebi percebemos lembro lembrando lembrete retomando retomo passando passei escrevo escrevemos
quer querem precisa precisam precisando tem temos tenho há houve faz fazer sei sabemos
caso qualquer alguma algum algumas alguns toda todo todas todos cada outra outro outras outros
muito muita muitos muitas pouco mais menos já ainda também só apenas então assim logo depois
antes agora hoje amanhã ontem sempre nunca talvez sim não nao ok certo claro perfeito ótimo
ótima excelente entendo entendi compreendo
assunto roteiro abertura objetivo contexto objeção objeções resposta respostas pergunta
perguntas fechamento próximo próximos próxima passo passos pontos ponto observação nota
cliente clientes contato ligação telefone reunião visita pedido pedidos proposta
negociação atendimento pós-venda reativação retorno follow-up produto produtos entrega
whatsapp e-mail email sms
segunda terça quarta quinta sexta sábado domingo segunda-feira terça-feira quarta-feira
quinta-feira sexta-feira
janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
sr sra srta dr dra
são foi foram era eram será seria ser estar ter ir vir ver dar fazer costuma costumam costumava
acompanhamento acompanhar agradecer anotar confirmar entender manter ouvir pedir perguntar saber
verificar registrar combinar reforçar oferecer dizer propor retomar ligar enviar mandar falar
conversar lembrar avisar cumprimentar apresentar checar conferir ajudar pensar explicar mostrar
fala falas última último últimos últimas primeira primeiro giro
consigo conseguimos consegue acredito acreditamos imagino aproveito aproveitando reforço estive
tive gostei desejo desejamos sendo tendo vale lembre veja vejo note saiba sabe continue
continuamos trabalhamos atendemos oferecemos enviamos recebemos recebi enviei mandei liguei
falei conversei combinei combinamos conversamos falamos pensei pensamos soube tinha havia existe
pedimos peço pedi preciso precisamos infelizmente felizmente atualmente recentemente normalmente
geralmente certamente inclusive aliás além enfim portanto porém contudo entretanto embora
afinal olha enquanto estaremos estarei ficarei ficaremos retornaremos retornarei parabéns feliz
beleza tranquilo queremos quis abs att histórico quanto quantos
fiquei senti sei estive vi
`;

export const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();

export const COMMON_WORDS: ReadonlySet<string> = new Set(
	WORDS.split(/\s+/).filter(Boolean).map(fold)
);
