import type { Clock, IdGenerator, JobHandler, Store } from '@corroborate/core';
import { createSmtpMailer, type MailSite, type TokenSigner } from '@corroborate/publish';
import { siteSettingsFromEnv, type SiteSettings } from '../site-settings';
import { signerFromEnv, smtpConfigFromEnv } from './mail-config';
import { mailDigestJob } from './mail-digest.job';
import { mailSendJob } from './mail-send.job';
import type { SiteMail } from './site-mail';

/** The site's sender identity: CORROBORATE_MAIL_FROM, else noreply@ the site's host. */
export const siteMail = (
  settings: SiteSettings,
  opts: { signer?: TokenSigner; mailSite?: Partial<MailSite> } = {},
  env: NodeJS.ProcessEnv = process.env,
): SiteMail => {
  const host = new URL(settings.baseUrl).hostname;
  return {
    site: {
      name: settings.name,
      baseUrl: settings.baseUrl,
      fromAddress: env.CORROBORATE_MAIL_FROM ?? `noreply@${host}`,
      unsubscribeMailbox: env.CORROBORATE_MAIL_UNSUBSCRIBE ?? `unsubscribe@${host}`,
      ...opts.mailSite,
    },
    signer: opts.signer ?? signerFromEnv(env),
  };
};

/**
 * The `mail.send` handler as a worker process wires it: SMTP from CORROBORATE_SMTP_URL (or
 * _HOST/_PORT), the site from CORROBORATE_SITE_URL. Without SMTP settings mail waits in the outbox.
 */
export const siteMailSendJob = (deps: {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
}): JobHandler<'mail.send'> => {
  const smtp = smtpConfigFromEnv();
  return mailSendJob({
    ...deps,
    mail: siteMail(siteSettingsFromEnv()),
    mailer: smtp ? createSmtpMailer(smtp) : null,
  });
};

/** The `mail.digest` handler as a worker process wires it (the site from CORROBORATE_SITE_URL). */
export const siteMailDigestJob = (deps: {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
}): JobHandler<'mail.digest'> => mailDigestJob({ ...deps, mail: siteMail(siteSettingsFromEnv()) });
