import type { User } from '../accounts/users-repo.js';
import type { AuditRow } from '../../quarantine/audit.js';
import type { MessageRow } from '../../store/messages-repo.js';
import { LIST_STATES, SORT_KEYS, type SortKey } from '../../quarantine/search.js';
import type { BulkResult } from '../service.js';
import type { MessageDetail } from '../message-view.js';
import { previewDocument } from '../preview.js';
import { html, type Html } from './html.js';
import { label, type Translate } from './i18n.js';
import { formatDate, formatSize } from './format.js';
import { traceText, type TraceKey } from './trace-text.js';
import { canSeePage } from '../policies.js';

export interface PageCtx {
  t: Translate;
  lang: string;
  user?: User | undefined;
  csrf?: string | undefined;
}

/** The header menu (issue #17), in the order of an officer's day; each page checks again. */
const MENU: readonly {
  page: Parameters<typeof canSeePage>[1];
  href: string;
  label: TraceKey | 'audit';
}[] = [
  { page: 'dashboard', href: '/dashboard', label: 'menuDashboard' },
  { page: 'trace', href: '/trace', label: 'menuTrace' },
  { page: 'quarantine', href: '/quarantine', label: 'menuQuarantine' },
  { page: 'senders', href: '/senders', label: 'menuSenders' },
  { page: 'reports', href: '/reports', label: 'menuReports' },
  { page: 'audit', href: '/audit', label: 'audit' },
];

export function layout(ctx: PageCtx, title: string, body: Html): string {
  const { t, user, csrf } = ctx;
  const m = traceText(ctx.lang);
  const nav = user
    ? html`<nav class="menu" aria-label="menu">
          ${MENU.filter((p) => canSeePage(user, p.page)).map(
            (p) => html`<a href="${p.href}">${p.label === 'audit' ? t('audit') : m(p.label)}</a>`,
          )}
        </nav>
        <span class="spacer"></span>
        <span>${user.name} (${user.role})</span>
        <form method="post" action="/logout">
          <input type="hidden" name="_csrf" value="${csrf ?? ''}" />
          <button type="submit">${t('logout')}</button>
        </form>`
    : html`<span class="spacer"></span>`;
  return html`<!doctype html>
    <html lang="${ctx.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>${title} · mailshield</title>
        <link rel="stylesheet" href="/static/app.css" />
      </head>
      <body>
        <header><span class="brand">mailshield</span>${nav}</header>
        <main>${body}</main>
      </body>
    </html>`.value;
}

export function loginPage(ctx: PageCtx, failed: boolean): string {
  const { t } = ctx;
  return layout(
    ctx,
    t('login'),
    html`<form class="login" method="post" action="/login">
      <h1>${t('appName')}</h1>
      ${failed ? html`<p class="notice error" role="alert">${t('loginFailed')}</p>` : ''}
      <label
        >${t('username')} <input name="name" autocomplete="username" required autofocus
      /></label>
      <label
        >${t('password')}
        <input name="password" type="password" autocomplete="current-password" required
      /></label>
      <button type="submit">${t('login')}</button>
    </form>`,
  );
}

export function messagePage(ctx: PageCtx, title: string, text: string, cls = 'notice'): string {
  return layout(
    ctx,
    title,
    html`<p class="${cls}">${text}</p>
      <p><a href="/quarantine">${ctx.t('back')}</a></p>`,
  );
}

function categoryBadge(t: Translate, category: string | null): Html {
  const c = category ?? '';
  return html`<span class="cat cat-${c}">${label(t, 'cat_', c)}</span>`;
}

export interface ListView {
  rows: MessageRow[];
  total: number;
  page: number;
  pageSize: number;
  /** The query as given, for the filter form and paging links. */
  query: Record<string, string>;
  agencies: { code: string; name: string }[];
  sort: SortKey;
  dir: 'asc' | 'desc';
  notice?: Html | undefined;
}

function hidden(ctx: PageCtx): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf ?? ''}" />`;
}

function qs(query: Record<string, string>, over: Record<string, string>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...over })) if (v) p.set(k, v);
  return `?${p.toString()}`;
}

const SORT_LABEL: Record<SortKey, Parameters<Translate>[0]> = {
  received: 'received',
  score: 'score',
  size: 'size',
  subject: 'subject',
  from: 'from',
  category: 'category',
};

export function listPage(ctx: PageCtx, v: ListView): string {
  const { t } = ctx;
  const q = v.query;
  const sel = (name: string, value: string): Html | string =>
    q[name] === value ? html` selected` : '';
  const input = (name: string, key: Parameters<Translate>[0], type = 'text'): Html =>
    html`<label>${t(key)} <input type="${type}" name="${name}" value="${q[name] ?? ''}" /></label>`;
  const pages = Math.max(1, Math.ceil(v.total / v.pageSize));
  const sortHead = (key: SortKey, text: string): Html => {
    const dir = v.sort === key && v.dir === 'desc' ? 'asc' : 'desc';
    const mark = v.sort === key ? (v.dir === 'desc' ? ' ▼' : ' ▲') : '';
    return html`<a href="${qs(q, { sort: key, dir, page: '' })}">${text}${mark}</a>`;
  };
  const filters = html`<form class="filters" method="get" action="/quarantine">
    ${input('from', 'periodFrom', 'date')} ${input('to', 'periodTo', 'date')}
    <label
      >${t('category')}
      <select name="category">
        <option value="">${t('all')}</option>
        ${['spam', 'phishing', 'malware', 'policy'].map(
          (c) => html`<option value="${c}" ${sel('category', c)}>${label(t, 'cat_', c)}</option>`,
        )}
      </select></label
    >
    <label
      >${t('agency')}
      <select name="agency">
        <option value="">${t('all')}</option>
        ${v.agencies.map(
          (a) =>
            html`<option value="${a.code}" ${sel('agency', a.code)}>${a.code} — ${a.name}</option>`,
        )}
      </select></label
    >
    ${input('sender', 'from')} ${input('recipient', 'to')} ${input('subject', 'subject')}
    ${input('threat', 'threat')}
    <label
      >${t('state')}
      <select name="state">
        ${LIST_STATES.map(
          (s) => html`<option value="${s}" ${sel('state', s)}>${label(t, 'st_', s)}</option>`,
        )}
      </select></label
    >
    <label
      >${t('sortBy')}
      <select name="sort">
        ${SORT_KEYS.map(
          (s) =>
            html`<option value="${s}" ${v.sort === s ? html` selected` : ''}>
              ${t(SORT_LABEL[s])}
            </option>`,
        )}
      </select></label
    >
    <label
      >&nbsp;<select name="dir">
        <option value="desc" ${v.dir === 'desc' ? html` selected` : ''}>${t('desc')}</option>
        <option value="asc" ${v.dir === 'asc' ? html` selected` : ''}>${t('asc')}</option>
      </select></label
    >
    <button type="submit" id="filter">${t('filter')}</button>
  </form>`;
  const rows = v.rows.map((r) => {
    const agencies = JSON.parse(r.agencies) as string[];
    const to = JSON.parse(r.rcpt_to) as string[];
    return html`<tr>
      <td><input type="checkbox" name="ids" value="${r.id}" aria-label="${r.id}" /></td>
      <td class="num">${formatDate(r.received_at)}</td>
      <td>${categoryBadge(t, r.category)}</td>
      <td class="num">${(r.score ?? 0).toFixed(1)}</td>
      <td>${r.from_header || r.mail_from}</td>
      <td>${to.join(', ')}</td>
      <td><a href="/quarantine/${r.id}">${r.subject || '(no subject)'}</a></td>
      <td>${agencies.join(', ')}</td>
      <td class="num">${formatSize(r.size)}</td>
    </tr>`;
  });
  const pager = html`<div class="pager">
    ${v.page > 1 ? html`<a href="${qs(q, { page: String(v.page - 1) })}">${t('prev')}</a>` : ''}
    <span>${t('page')} ${v.page} ${t('of')} ${pages} (${v.total})</span>
    ${v.page < pages ? html`<a href="${qs(q, { page: String(v.page + 1) })}">${t('next')}</a>` : ''}
  </div>`;
  const body = html`<h1>${t('quarantine')}</h1>
    ${v.notice ?? ''} ${filters}
    <form method="post" action="/quarantine/bulk">
      ${hidden(ctx)}
      <table id="messages">
        <thead>
          <tr>
            <th></th>
            <th>${sortHead('received', t('received'))}</th>
            <th>${sortHead('category', t('category'))}</th>
            <th>${sortHead('score', t('score'))}</th>
            <th>${sortHead('from', t('from'))}</th>
            <th>${t('to')}</th>
            <th>${sortHead('subject', t('subject'))}</th>
            <th>${t('agency')}</th>
            <th>${sortHead('size', t('size'))}</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length > 0
              ? rows
              : html`<tr>
                  <td colspan="9" class="muted">${t('none')}</td>
                </tr>`
          }
        </tbody>
      </table>
      <div class="actions">
        <span>${t('selected')}</span>
        <label>${t('reason')} <input name="reason" maxlength="2000" /></label>
        <button type="submit" name="op" value="release">${t('release')}</button>
        <button type="submit" name="op" value="delete" class="danger">${t('delete')}</button>
      </div>
    </form>
    ${pager}`;
  return layout(ctx, t('quarantine'), body);
}

export function bulkNotice(t: Translate, r: BulkResult): Html {
  return html`<p class="notice ${r.skipped.length ? '' : 'ok'}">
    ${t('done')}: ${r.done.length}.
    ${
      r.skipped.length
        ? html`${t('skipped')}: ${r.skipped.map((s) => `${s.id} (${s.error})`).join(', ')}`
        : ''
    }
  </p>`;
}

export function detailPage(
  ctx: PageCtx,
  d: MessageDetail,
  opts: { canDownload: boolean; needsReason: boolean; mark: string | undefined; notice?: Html },
): string {
  const { t } = ctx;
  const c = d.content;
  const held = d.state === 'quarantined';
  const actions = held
    ? html`<div class="actions">
          <form method="post" action="/quarantine/${d.id}/release" id="release-form">
            ${hidden(ctx)}
            <label
              >${t('reason')}${opts.needsReason ? ' *' : ''}
              <input name="reason" maxlength="2000" ${opts.needsReason ? html`required` : ''}
            /></label>
            <button type="submit" id="release">${t('release')}</button>
          </form>
          <form method="post" action="/quarantine/${d.id}/delete">
            ${hidden(ctx)}
            <button type="submit" class="danger" id="delete">${t('delete')}</button>
          </form>
          <form method="post" action="/quarantine/${d.id}/mark">
            ${hidden(ctx)}
            <button type="submit" class="secondary" name="mark" value="spam">
              ${t('markSpam')}
            </button>
            <button type="submit" class="secondary" name="mark" value="ham">${t('markHam')}</button>
          </form>
          ${opts.canDownload ? html`<a href="/quarantine/${d.id}/raw">${t('download')}</a>` : ''}
        </div>
        ${opts.needsReason ? html`<p class="notice">${t('reasonRequired')}</p>` : ''}`
    : html`<p class="notice">${label(t, 'st_', d.state)}</p>`;
  const body = html`<p><a href="/quarantine">${t('back')}</a></p>
    <h1>${d.subject || '(no subject)'}</h1>
    ${opts.notice ?? ''} ${actions}
    <h2>${t('envelope')}</h2>
    <dl class="kv">
      <dt>ID</dt>
      <dd><code>${d.id}</code></dd>
      <dt>${t('received')}</dt>
      <dd>${formatDate(Date.parse(d.receivedAt))}</dd>
      <dt>${t('category')}</dt>
      <dd>${categoryBadge(t, d.category)} ${t('score')} ${d.score.toFixed(1)}</dd>
      <dt>${t('state')}</dt>
      <dd>${label(t, 'st_', d.state)}</dd>
      <dt>MAIL FROM</dt>
      <dd>${d.envelopeFrom || '<>'}</dd>
      <dt>RCPT TO</dt>
      <dd>${d.to.join(', ')}</dd>
      <dt>${t('agency')}</dt>
      <dd>${d.agencies.join(', ')}</dd>
      <dt>${t('from')}</dt>
      <dd>${d.from}</dd>
      <dt>${t('size')}</dt>
      <dd>${formatSize(d.size)}</dd>
      <dt>${t('viruses')}</dt>
      <dd>${d.viruses.length ? d.viruses.join(', ') : '—'}</dd>
      <dt>${t('mark')}</dt>
      <dd>${opts.mark ?? '—'}</dd>
    </dl>
    <h2>${t('rules')}</h2>
    <table id="hits">
      <thead>
        <tr>
          <th>${t('rule')}</th>
          <th>${t('score')}</th>
          <th>${t('description')}</th>
          <th>${t('detail')}</th>
        </tr>
      </thead>
      <tbody>
        ${d.hits.map(
          (h) =>
            html`<tr>
              <td><code>${h.rule}</code></td>
              <td class="num">${h.score}</td>
              <td>${ctx.lang === 'vi' && h.descriptionVi ? h.descriptionVi : h.description}</td>
              <td>${h.detail ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      c
        ? html`<h2>${t('attachments')}</h2>
            <table id="attachments">
              <thead>
                <tr>
                  <th>${t('fileName')}</th>
                  <th>${t('declaredType')}</th>
                  <th>${t('detectedType')}</th>
                  <th>${t('size')}</th>
                  <th>SHA-256</th>
                </tr>
              </thead>
              <tbody>
                ${
                  c.attachments.length === 0
                    ? html`<tr>
                        <td colspan="5" class="muted">—</td>
                      </tr>`
                    : ''
                }
                ${c.attachments.map(
                  (a) =>
                    html`<tr>
                      <td>${a.name}</td>
                      <td>${a.declaredType}</td>
                      <td>${a.detectedType}</td>
                      <td class="num">${formatSize(a.size)}</td>
                      <td><code>${a.sha256}</code></td>
                    </tr>`,
                )}
              </tbody>
            </table>
            ${
              c.problems.length
                ? html`<p class="notice">${t('problems')}: ${c.problems.join(', ')}</p>`
                : ''
            }
            <h2>${t('textBody')}</h2>
            <pre id="text-body">${c.text}</pre>
            ${
              c.html
                ? html`<h2>${t('htmlBody')}</h2>
                    <iframe
                      class="preview"
                      id="html-preview"
                      sandbox=""
                      referrerpolicy="no-referrer"
                      title="${t('htmlBody')}"
                      srcdoc="${previewDocument(c.html)}"
                    ></iframe>`
                : ''
            }
            <h2>${t('headers')}</h2>
            <pre id="headers">${c.headers.map((h) => `${h.name}: ${h.value}`).join('\n')}</pre>`
        : html`<p class="notice">${t('unreadable')}</p>`
    }`;
  return layout(ctx, d.subject || d.id, body);
}

export function downloadWarningPage(ctx: PageCtx, id: string): string {
  const { t } = ctx;
  return layout(
    ctx,
    t('download'),
    html`<h1>${t('download')}</h1>
      <p class="notice error">${t('downloadWarning')}</p>
      <p><a href="/quarantine/${id}/raw.eml" download="${id}.eml">${t('downloadConfirm')}</a></p>
      <p><a href="/quarantine/${id}">${t('back')}</a></p>`,
  );
}

export function auditPage(ctx: PageCtx, rows: AuditRow[], page: number, pages: number): string {
  const { t } = ctx;
  return layout(
    ctx,
    t('audit'),
    html`<h1>${t('audit')}</h1>
      <p><a href="/audit.csv">${t('exportCsv')}</a></p>
      <table id="audit">
        <thead>
          <tr>
            <th>${t('time')}</th>
            <th>${t('actor')}</th>
            <th>${t('action')}</th>
            <th>${t('message')}</th>
            <th>${t('reason')}</th>
            <th>${t('address')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <td class="num">${formatDate(r.time)}</td>
                <td>${r.actor}</td>
                <td>${r.action}</td>
                <td>
                  ${r.message_id ? html`<a href="/quarantine/${r.message_id}">${r.message_id}</a>` : ''}
                </td>
                <td>${r.reason ?? ''}</td>
                <td>${r.address ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="pager">
        ${page > 1 ? html`<a href="?page=${page - 1}">${t('prev')}</a>` : ''}
        <span>${t('page')} ${page} ${t('of')} ${pages}</span>
        ${page < pages ? html`<a href="?page=${page + 1}">${t('next')}</a>` : ''}
      </div>`,
  );
}
