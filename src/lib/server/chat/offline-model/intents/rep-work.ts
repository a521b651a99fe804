/** Intents about a rep's own work: the follow-ups agenda and the ranked queue. */
import { defined, type Intent } from './types.ts';

export const followUpsIntent: Intent = {
	id: 'list_follow_ups',
	tool: 'list_follow_ups',
	customer: 'none',
	patterns: [
		/\b(follow up|compromissos|retornos|agenda)\b/,
		/\bquem (eu )?tenho que (ligar|retornar) (hoje|amanha|essa semana)\b/
	],
	args: (req) => {
		const t = req.text;
		const window = /\b(atrasad|vencid)/.test(t)
			? 'overdue'
			: /\b(semana que vem|proxima semana)\b/.test(t)
				? 'next_week'
				: /\b(hoje|hj)\b/.test(t)
					? 'today'
					: /\b(essa|esta|nessa|nesta|dessa|desta) semana\b/.test(t)
						? 'this_week'
						: 'agenda';
		return defined({ window, status: /\b(feitos|concluidos)\b/.test(t) ? 'done' : undefined });
	}
};

export const queueIntent: Intent = {
	id: 'get_rep_queue',
	tool: 'get_rep_queue',
	customer: 'none',
	patterns: [
		/\b(fila|prioridades?|por onde (eu )?comeco|o que (eu )?(faco|fazer)|proximo passo|quem (eu )?(ligo|contato|procuro) (agora|primeiro|hoje)|minhas tarefas|to do)\b/
	],
	args: () => ({})
};
