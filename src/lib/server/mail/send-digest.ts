/**
 * Sends "Seu dia" by e-mail through the configured SMTP server (SMTP_URL), with nodemailer.
 * Without SMTP_URL nothing is sent: the digest shows in the app only.
 */
import nodemailer from 'nodemailer';
import type { Digest } from '../domain/follow-ups/daily-digest.ts';

export async function sendDigest(
	smtpUrl: string,
	message: { from: string; to: string; digest: Digest }
): Promise<string> {
	const transport = nodemailer.createTransport(smtpUrl);
	try {
		const info = await transport.sendMail({
			from: message.from,
			to: message.to,
			subject: message.digest.subject,
			text: message.digest.text,
			html: message.digest.html,
			headers: { 'Content-Language': 'pt-BR' }
		});
		return info.messageId;
	} finally {
		transport.close();
	}
}
