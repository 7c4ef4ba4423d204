import type { SmtpTraceRow } from '../../store/trace-repo.js';
import type { MessageTrace } from '../../trace/detail.js';
import type { TraceListRow } from '../../trace/search.js';
import { formatDate, formatSize } from './format.js';
import { html, type Html } from './html.js';
import { layout, type PageCtx } from './pages.js';
import { traceLabel, traceText, type TraceText } from './trace-text.js';

/** A trace row as the viewer may see it (recipients and state already scoped). */
export type TraceListView = TraceListRow;

export interface TraceListPage {
  rows: TraceListView[];
  total: number;
  page: number;
  pageSize: number;
  /** The query as given, for the form and the paging links. */
  query: Record<string, string>;
}

function qs(query: Record<string, string>, over: Record<string, string>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...over })) if (v) p.set(k, v);
  return `?${p.toString()}`;
}

function stateBadge(t: TraceText, state: string): Html {
  return html`<span class="state state-${state}">${traceLabel(t, 'st_', state)}</span>`;
}

function linkOf(r: TraceListView): string {
  if (r.kind === 'message') return `/trace/m/${encodeURIComponent(r.id)}`;
  if (r.state === 'received' && r.queueId) return `/trace/m/${encodeURIComponent(r.queueId)}`;
  return `/trace/s/${encodeURIComponent(r.id)}`;
}

/**
 * The trace's search page: one form (sender, recipient, subject, Message-ID, queue id,
 * client address, period, kind) and the result as a table that becomes a list of cards at
 * phone width (each cell carries its column's name in `data-label`).
 */
export function traceListPage(ctx: PageCtx, v: TraceListPage): string {
  const t = traceText(ctx.lang);
  const q = v.query;
  const input = (name: string, key: Parameters<TraceText>[0]): Html =>
    html`<label
      >${t(key)} <input type="text" name="${name}" value="${q[name] ?? ''}" maxlength="200"
    /></label>`;
  // Dates as text in dd/mm/yyyy, the way officers write them, not the browser's locale.
  const day = (name: string, key: Parameters<TraceText>[0]): Html =>
    html`<label
      >${t(key)}
      <input
        type="text"
        name="${name}"
        value="${q[name] ?? ''}"
        placeholder="dd/mm/yyyy"
        inputmode="numeric"
        size="10"
        maxlength="10"
    /></label>`;
  const kind = q.kind ?? 'all';
  const pages = Math.max(1, Math.ceil(v.total / v.pageSize));
  const form = html`<form class="filters" method="get" action="/trace" id="trace-form">
    ${day('from', 'periodFrom')} ${day('to', 'periodTo')} ${input('sender', 'sender')}
    ${input('recipient', 'recipient')} ${input('subject', 'subject')}
    ${input('messageId', 'messageId')} ${input('queueId', 'queueId')} ${input('client', 'client')}
    <label
      >${t('kind')}
      <select name="kind">
        ${(['all', 'accepted', 'refused'] as const).map(
          (k) =>
            html`<option value="${k}" ${kind === k ? html`selected` : ''}>
              ${t(k === 'all' ? 'kindAll' : k === 'accepted' ? 'kindAccepted' : 'kindRefused')}
            </option>`,
        )}
      </select></label
    >
    <button type="submit" id="trace-search">${t('search')}</button>
  </form>`;
  const rows = v.rows.map(
    (r) =>
      html`<tr class="${r.kind === 'smtp' ? 'smtp-row' : ''}">
        <td data-label="${t('time')}" class="nowrap">${formatDate(r.time)}</td>
        <td data-label="${t('state')}">
          ${stateBadge(t, r.state)}
          ${r.action === 'tag' ? html` <span class="muted">(${t('tagged')})</span>` : ''}
        </td>
        <td data-label="${t('sender')}" class="wrap">${r.mailFrom || '<>'}</td>
        <td data-label="${t('recipient')}" class="wrap">${r.recipients.join(', ')}</td>
        <td data-label="${t('subject')}" class="wrap">
          <a href="${linkOf(r)}"
            >${r.kind === 'message' ? r.subject || t('noSubject') : r.code !== null ? `${r.code} ${r.reply ?? ''}` : r.id}</a
          >
        </td>
        <td data-label="${t('client')}" class="nowrap">${r.clientAddress ?? ''}</td>
      </tr>`,
  );
  const body = html`<h1>${t('traceTitle')}</h1>
    <p class="muted">${t('traceIntro')}</p>
    ${form}
    <p class="muted" id="trace-total">${v.total} ${t('results')}</p>
    <table id="trace" class="stack">
      <thead>
        <tr>
          <th>${t('time')}</th>
          <th>${t('state')}</th>
          <th>${t('sender')}</th>
          <th>${t('recipient')}</th>
          <th>${t('subject')} / ${t('reply')}</th>
          <th>${t('client')}</th>
        </tr>
      </thead>
      <tbody>
        ${
          rows.length > 0
            ? rows
            : html`<tr>
                <td colspan="6" class="muted">${t('none')}</td>
              </tr>`
        }
      </tbody>
    </table>
    <div class="pager">
      ${v.page > 1 ? html`<a href="${qs(q, { page: String(v.page - 1) })}">${t('prev')}</a>` : ''}
      <span>${t('page')} ${v.page} ${t('of')} ${pages}</span>
      ${v.page < pages ? html`<a href="${qs(q, { page: String(v.page + 1) })}">${t('next')}</a>` : ''}
    </div>`;
  return layout(ctx, t('traceTitle'), body);
}

function smtpTable(t: TraceText, rows: readonly SmtpTraceRow[]): Html {
  return html`<table id="smtp" class="stack">
    <thead>
      <tr>
        <th>${t('time')}</th>
        <th>${t('phase')}</th>
        <th>${t('recipient')}</th>
        <th>${t('reply')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (s) =>
          html`<tr>
            <td data-label="${t('time')}" class="nowrap">${formatDate(s.time)}</td>
            <td data-label="${t('phase')}">${traceLabel(t, 'ph_', s.phase)}</td>
            <td data-label="${t('recipient')}" class="wrap">${s.rcpt ?? '—'}</td>
            <td data-label="${t('reply')}" class="wrap"><code>${s.code} ${s.reply}</code></td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** One message: envelope, verdict, each visible recipient's state and the next hop's reply. */
export function traceMessagePage(
  ctx: PageCtx,
  m: MessageTrace,
  opts: { quarantineLink: boolean },
): string {
  const t = traceText(ctx.lang);
  const title = m.subject === null ? m.id : m.subject || t('noSubject');
  const body = html`<p><a href="/trace">${t('back')}</a></p>
    <h1 class="wrap">${title}</h1>
    ${
      opts.quarantineLink
        ? html`<p><a href="/quarantine/${m.id}" id="open-quarantine">${t('openQuarantine')}</a></p>`
        : ''
    }
    <h2>${t('envelope')}</h2>
    <dl class="kv" id="trace-envelope">
      <dt>${t('queueId')}</dt>
      <dd><code>${m.id}</code></dd>
      <dt>${t('time')}</dt>
      <dd>${formatDate(m.receivedAt)}</dd>
      <dt>${t('client')}</dt>
      <dd>${m.clientAddress ?? '—'}</dd>
      <dt>${t('helo')}</dt>
      <dd>${m.helo || '—'}</dd>
      <dt>MAIL FROM</dt>
      <dd>${m.mailFrom || '<>'}</dd>
      <dt>${t('fromHeader')}</dt>
      <dd>${m.fromHeader || '—'}</dd>
      <dt>${t('messageId')}</dt>
      <dd>${m.messageId ?? '—'}</dd>
      <dt>${t('size')}</dt>
      <dd>${m.size === null ? '—' : formatSize(m.size)}</dd>
      <dt>${t('verdict')}</dt>
      <dd>
        ${
          m.category === null
            ? stateBadge(t, 'received')
            : html`${traceLabel(t, 'cat_', m.category)}${
                m.score === null
                  ? ''
                  : html` (${t('score')} ${m.score.toFixed(1).replace('.', ',')})`
              }${m.action === 'tag' ? html`, ${t('tagged')}` : ''}`
        }
      </dd>
      <dt>${t('viruses')}</dt>
      <dd>${m.viruses.length ? m.viruses.join(', ') : '—'}</dd>
    </dl>
    <h2>${t('recipientsTitle')}</h2>
    <table id="trace-recipients" class="stack">
      <thead>
        <tr>
          <th>${t('recipient')}</th>
          <th>${t('agency')}</th>
          <th>${t('state')}</th>
          <th>${t('time')}</th>
          <th>${t('nextHopReply')}</th>
        </tr>
      </thead>
      <tbody>
        ${m.recipients.map(
          (r) =>
            html`<tr>
              <td data-label="${t('recipient')}" class="wrap">${r.address}</td>
              <td data-label="${t('agency')}">${r.agency ?? '—'}</td>
              <td data-label="${t('state')}">
                ${stateBadge(t, r.state)}
                ${r.released ? html` <span class="muted">(${t('released')})</span>` : ''}
              </td>
              <td data-label="${t('time')}" class="nowrap">
                ${r.time === null ? '—' : formatDate(r.time)}
              </td>
              <td data-label="${t('nextHopReply')}" class="wrap">
                ${r.reply ? html`<code>${r.reply}</code>` : '—'}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>${t('smtpTitle')}</h2>
    ${smtpTable(t, m.smtp)}`;
  return layout(ctx, title, body);
}

/** One SMTP-phase refusal (or deferral): who, what, when and the reply the client got. */
export function traceRefusalPage(ctx: PageCtx, s: SmtpTraceRow): string {
  const t = traceText(ctx.lang);
  const body = html`<p><a href="/trace">${t('back')}</a></p>
    <h1>${t('refusalTitle')}</h1>
    <dl class="kv" id="trace-refusal">
      <dt>${t('time')}</dt>
      <dd>${formatDate(s.time)}</dd>
      <dt>${t('state')}</dt>
      <dd>${stateBadge(t, s.outcome === 'accepted' ? 'received' : s.outcome)}</dd>
      <dt>${t('phase')}</dt>
      <dd>${traceLabel(t, 'ph_', s.phase)}</dd>
      <dt>${t('reply')}</dt>
      <dd><code>${s.code} ${s.reply}</code></dd>
      <dt>${t('client')}</dt>
      <dd>${s.client_address}</dd>
      <dt>${t('helo')}</dt>
      <dd>${s.helo || '—'}</dd>
      <dt>MAIL FROM</dt>
      <dd>${s.mail_from === null ? '—' : s.mail_from || '<>'}</dd>
      <dt>RCPT TO</dt>
      <dd>${s.rcpt ?? '—'}</dd>
      <dt>${t('agency')}</dt>
      <dd>${s.agency ?? '—'}</dd>
      <dt>${t('queueId')}</dt>
      <dd>${s.queue_id ? html`<a href="/trace/m/${s.queue_id}">${s.queue_id}</a>` : '—'}</dd>
    </dl>`;
  return layout(ctx, t('refusalTitle'), body);
}
