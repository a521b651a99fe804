/**
 * Words the demo builds Brazilian people and company names from. Company names follow the
 * patterns of real razões sociais ("Construtora Horizonte Ltda", "Agropecuária Boa Safra S.A.")
 * with a matching nome fantasia. The cores "Bom Preço", "São Jorge", "Boa Safra" and
 * "Horizonte" are kept out of the random list: `similar-names.ts` plants them on purpose, so
 * the truth about which customers share a name is exact.
 */

const words = (text: string) => text.trim().split(/\s*,\s*/);

export const FEMALE_NAMES = words(`Ana, Beatriz, Camila, Carla, Cláudia, Daniela, Débora, Eliane,
	Fernanda, Gabriela, Helena, Isabela, Jéssica, Joana, Juliana, Larissa, Letícia, Luciana, Márcia,
	Mariana, Marina, Natália, Patrícia, Paula, Priscila, Renata, Rita, Sandra, Simone, Sônia,
	Tatiane, Vanessa, Vera, Viviane, Aline, Adriana, Rosângela, Francisca, Luana, Bianca`);

export const MALE_NAMES = words(`André, Antônio, Bruno, Carlos, César, Cristiano, Daniel, Diego,
	Eduardo, Fábio, Felipe, Fernando, Flávio, Gustavo, Henrique, Jorge, José, João, Júlio, Leandro,
	Lucas, Luiz, Marcelo, Marcos, Mateus, Maurício, Paulo, Pedro, Rafael, Renato, Ricardo, Roberto,
	Rodrigo, Sérgio, Thiago, Vinícius, Wagner, Francisco, Raimundo, Edson`);

export const SURNAMES = words(`Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira,
	Lima, Gomes, Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira,
	Barbosa, Rocha, Dias, Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas,
	Cardoso, Ramos, Gonçalves, Santana, Teixeira, Araújo, Correia, Cavalcanti, Monteiro, Moura,
	Bertolini, Zanella, Schneider, Müller, Kowalski, Yamamoto, Nakamura, Fagundes, Tavares, Brandão,
	Magalhães, Vasconcelos, Siqueira, Albuquerque, Pinheiro, Figueiredo, Conceição, Azevedo`);

export const COMPANY_CORES = words(`Nova Era, Progresso, Vale Verde, Três Irmãos, Aliança, Pioneira,
	Estrela do Sul, Primavera, Santa Clara, Santa Rita, São Francisco, Bela Vista, Campo Belo,
	Ouro Verde, Planalto, Serra Azul, Rio Branco, Bandeirantes, Guarani, Cruzeiro, Central, Real,
	Imperial, Modelo, Líder, Avante, Confiança, Paraíso, Águia, Condor, Jequitibá, Ipê, Araucária,
	Cerrado, Pantanal, Sertão, Litoral, Atlântico, Continental, Mineira, Paulista, Gaúcha,
	Catarinense, Paranaense, Baiana, Nordestina, Goiana, Capixaba, Fluminense, Potiguar,
	Sol Nascente, Boa Esperança, Boa Vista, Bom Jesus, Santo Antônio, São Pedro, São Lucas,
	Santa Luzia, Vitória, Triunfo, Fortaleza, Globo, Delta, Alfa, Ômega, Prisma, Vanguarda,
	Monte Alegre, Monte Verde, Ribeirão, Cachoeira, Lagoa Dourada, Pedra Branca,
	Porto Seguro, Terra Nova, Terra Roxa, Campo Verde, Nova Aurora, Aurora, Tropical, Colonial,
	Paineiras, Figueira, Palmeiras, Cristal, Diamante, Esmeralda, Safira, Rubi, Topázio, Cometa,
	Bertolini, Zanella, Fagundes, Schneider, Kowalski, Yamamoto, Nakamura, Tavares, Brandão,
	Irmãos Moreira, Irmãos Siqueira, Pinheiro & Filhos, Figueiredo & Cia, Vasconcelos, Magalhães,
	Albuquerque, Cavalcanti, Monteiro, Azevedo, Andrade, Ferreira & Filhos, Gonçalves, Teixeira,
	Mendes, Dois Irmãos, Quatro Estações, Sete Lagoas, Nova Fronteira, Fronteira, Integração,
	União, Harmonia, Esperança, Renascer, Novo Tempo, Bom Sucesso, Recanto, Vale do Sol`);

/** [razão social pattern, nome fantasia pattern]; `{c}` is the core. */
export type NamePattern = readonly [string, string];

export const COMPANY_PATTERNS: Record<string, readonly NamePattern[]> = {
	'Construção civil': [
		['Construtora {c} Ltda', 'Construtora {c}'],
		['{c} Materiais de Construção Ltda', '{c} Materiais'],
		['Depósito {c} Ltda', 'Depósito {c}'],
		['{c} Engenharia e Construções S.A.', '{c} Engenharia'],
		['Casa do Construtor {c} Ltda', 'Casa do Construtor {c}'],
		['Incorporadora {c} Ltda', '{c} Incorporadora']
	],
	Agronegócio: [
		['Agropecuária {c} S.A.', 'Agro {c}'],
		['Cooperativa Agrícola {c}', 'Coop {c}'],
		['{c} Insumos Agrícolas Ltda', '{c} Insumos'],
		['Agrícola {c} Ltda', 'Agrícola {c}'],
		['Casa do Produtor {c} Ltda', 'Casa do Produtor {c}'],
		['{c} Agronegócios Eireli', '{c} Agro']
	],
	Alimentos: [
		['Indústria de Alimentos {c} Ltda', '{c} Alimentos'],
		['Laticínios {c} Ltda', 'Laticínios {c}'],
		['Frigorífico {c} S.A.', 'Frigorífico {c}'],
		['Panificadora {c} Ltda', 'Padaria {c}'],
		['Moinho {c} Ltda', 'Moinho {c}'],
		['{c} Food Service Ltda', '{c} Food Service']
	],
	Metalurgia: [
		['Metalúrgica {c} Ltda', 'Metalúrgica {c}'],
		['Usinagem {c} Ltda', 'Usinagem {c}'],
		['{c} Estruturas Metálicas Ltda', '{c} Estruturas'],
		['Serralheria {c} ME', 'Serralheria {c}'],
		['Caldeiraria {c} Ltda', 'Caldeiraria {c}'],
		['{c} Implementos Rodoviários S.A.', '{c} Implementos']
	],
	Varejo: [
		['Mercado {c} Ltda', 'Mercado {c}'],
		['Supermercado {c} Ltda', 'Supermercados {c}'],
		['Comercial {c} Ltda', 'Comercial {c}'],
		['Atacadista {c} Ltda', 'Atacadão {c}'],
		['Mercearia {c} ME', 'Mercearia {c}'],
		['Empório {c} EPP', 'Empório {c}']
	],
	Indústria: [
		['{c} Embalagens Ltda', '{c} Embalagens'],
		['Indústria Química {c} Ltda', 'Química {c}'],
		['{c} Plásticos Ltda', '{c} Plásticos'],
		['Gráfica {c} Ltda', 'Gráfica {c}'],
		['{c} Indústria e Comércio Ltda', '{c} Indústria']
	]
};

/** Lowercase, without accents or punctuation: "São Jorge & Cia." → "sao jorge cia". */
export function plainText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** "Empório Três Irmãos" → "emporiotresirmaos", for e-mail domains. */
export function slug(text: string): string {
	return plainText(text).replace(/ /g, '');
}
