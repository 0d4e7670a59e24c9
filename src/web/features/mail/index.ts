/** What other features may use of mail; everything else in this folder is its own. */
export { MailSetupCard } from './MailSetupCard';
