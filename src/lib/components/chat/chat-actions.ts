/**
 * What a result card inside the chat may do in the conversation (Svelte context set by
 * CopilotChat): send a request as if the person had typed it (the follow-up flow's buttons),
 * know whether the chat is answering, and remember which due follow-up a queue row was about,
 * so the draft's "Agendar próxima tentativa" can continue that sequence. Outside the chat (a
 * DraftCard on a customer page) there is no context: `hasChatActions()` is false.
 */
import { createContext } from 'svelte';

export interface ChatActions {
	/** Sends `text` as the person's next message; ignored while the chat is answering. */
	send(text: string): void;
	/** True while a turn is being answered (buttons that send wait). */
	readonly busy: boolean;
	/** customerId → the due follow-up (queue group 1) the person chose to act on. */
	readonly dueFollowUps: Map<number, number>;
}

export const [getChatActions, setChatActions, hasChatActions] = createContext<ChatActions>();
