import type { SenderListRow } from '../../store/sender-lists-repo.js';
import { html, type Html } from './html.js';
import type { MessageKey } from './i18n.js';
import { formatDate } from './format.js';
import { layout, type PageCtx } from './pages.js';

export interface SendersView {
  entries: SenderListRow[];
  /** The agencies whose lists the user keeps (their own; an admin's: all). */
  agencies: { code: string; name: string }[];
  /** The agency shown, or '' for all the user may see. */
  agency: string;
  /** A notice after an action (added, removed, or what was wrong), with its kind. */
  notice?: { key: MessageKey; ok: boolean } | undefined;
  /** The form's values after a refused add, so the officer need not type them again. */
  form?: { agency: string; kind: string; pattern: string; note: string } | undefined;
}

/**
 * The sender lists page: the entries of the officer's agencies (an admin: all), a form to
 * add one with a note, and a remove button per entry. Every form posts with the session's
 * CSRF token; no script (the app's CSP forbids it).
 */
export function sendersPage(ctx: PageCtx, v: SendersView): string {
  const { t } = ctx;
  const csrf = html`<input type="hidden" name="_csrf" value="${ctx.csrf ?? ''}" />`;
  const f = v.form ?? { agency: v.agency, kind: 'deny', pattern: '', note: '' };
  const selected = (a: string, b: string): Html | string => (a === b ? html` selected` : '');
  const agencyOptions = v.agencies.map(
    (a) =>
      html`<option value="${a.code}" ${selected(f.agency, a.code)}>${a.code} — ${a.name}</option>`,
  );
  const filter = html`<form class="filters" method="get" action="/senders">
    <label
      >${t('agency')}
      <select name="agency">
        <option value="">${t('all')}</option>
        ${v.agencies.map(
          (a) =>
            html`<option value="${a.code}" ${selected(v.agency, a.code)}>
              ${a.code} — ${a.name}
            </option>`,
        )}
      </select></label
    >
    <button type="submit">${t('filter')}</button>
  </form>`;
  const add = html`<form class="filters" method="post" action="/senders" id="add-sender">
    ${csrf}
    <label
      >${t('agency')}
      <select name="agency" required>
        ${agencyOptions}
      </select></label
    >
    <label
      >${t('senderKind')}
      <select name="kind">
        <option value="deny" ${selected(f.kind, 'deny')}>${t('kind_deny')}</option>
        <option value="allow" ${selected(f.kind, 'allow')}>${t('kind_allow')}</option>
      </select></label
    >
    <label
      >${t('pattern')} <input name="pattern" value="${f.pattern}" maxlength="254" required
    /></label>
    <label>${t('note')} <input name="note" value="${f.note}" maxlength="500" /></label>
    <button type="submit">${t('addEntry')}</button>
  </form>`;
  const rows = v.entries.map(
    (e) =>
      html`<tr>
        <td>${e.agency}</td>
        <td>
          <span class="kind kind-${e.kind}"
            >${t(e.kind === 'allow' ? 'kind_allow' : 'kind_deny')}</span
          >
        </td>
        <td><code>${e.pattern}</code></td>
        <td>${e.note}</td>
        <td>${e.created_by}</td>
        <td class="num">${formatDate(e.created_at)}</td>
        <td>
          <form method="post" action="/senders/${e.id}/delete">
            ${csrf}
            <button type="submit" class="danger">${t('removeEntry')}</button>
          </form>
        </td>
      </tr>`,
  );
  const notice = v.notice
    ? html`<p class="notice ${v.notice.ok ? 'ok' : 'error'}" role="status">${t(v.notice.key)}</p>`
    : '';
  const body = html`<h1>${t('senders')}</h1>
    <p>${t('sendersIntro')}</p>
    ${notice} ${add} ${filter}
    <table id="senders">
      <thead>
        <tr>
          <th>${t('agency')}</th>
          <th>${t('senderKind')}</th>
          <th>${t('pattern')}</th>
          <th>${t('note')}</th>
          <th>${t('addedBy')}</th>
          <th>${t('addedAt')}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${
          rows.length > 0
            ? rows
            : html`<tr>
                <td colspan="7" class="muted">${t('noEntries')}</td>
              </tr>`
        }
      </tbody>
    </table>`;
  return layout(ctx, t('senders'), body);
}
