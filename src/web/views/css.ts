/** The app's only style sheet, served from /static/app.css (the CSP allows no inline style). */
export const APP_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2733;background:#f4f6f9}
header{display:flex;align-items:center;gap:18px;padding:10px 20px;background:#12355b;color:#fff}
header a{color:#fff;text-decoration:none;font-weight:600}
header .brand{font-size:16px;margin-right:12px}
header .spacer{flex:1}
header form{margin:0}
header button{background:transparent;border:1px solid #8fb0d6;color:#fff;padding:4px 10px;border-radius:4px;cursor:pointer}
main{padding:18px 20px;max-width:1400px}
h1{font-size:20px;margin:0 0 14px}
h2{font-size:16px;margin:22px 0 8px;border-bottom:1px solid #d5dce5;padding-bottom:4px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e3e8ee;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#e9eef5;font-weight:600;white-space:nowrap}
tr:hover td{background:#f8fafc}
td.num{text-align:right;white-space:nowrap}
.filters{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-end;background:#fff;padding:12px;border:1px solid #d5dce5;border-radius:6px;margin-bottom:14px}
.filters label{display:flex;flex-direction:column;font-size:12px;color:#4a5868;gap:3px}
input,select,textarea{font:inherit;padding:4px 6px;border:1px solid #b7c2cf;border-radius:4px}
button{font:inherit;padding:5px 12px;border-radius:4px;border:1px solid #12355b;background:#12355b;color:#fff;cursor:pointer}
button.danger{background:#a4262c;border-color:#a4262c}
button.secondary{background:#fff;color:#12355b}
.actions{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-end;margin:10px 0}
.actions form{display:flex;gap:8px;align-items:flex-end;margin:0}
.cat{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;background:#5b6b7d}
.cat-malware{background:#a4262c}.cat-phishing{background:#c55a11}.cat-spam{background:#8a6d00}.cat-policy{background:#5b4a9e}
.pager{display:flex;gap:14px;align-items:center;margin:12px 0}
.muted{color:#6b7886}
.notice{padding:10px 14px;border-radius:6px;background:#fff4ce;border:1px solid #e5c55a;margin:10px 0}
.error{background:#fde7e9;border-color:#e8a1a6}
.ok{background:#dff6dd;border-color:#9fd89f}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;padding:12px;border:1px solid #d5dce5;border-radius:6px;margin:0}
dl.kv dt{font-weight:600;color:#4a5868}
dl.kv dd{margin:0;word-break:break-all}
pre{white-space:pre-wrap;word-break:break-word;background:#fff;border:1px solid #d5dce5;border-radius:6px;padding:10px;max-height:420px;overflow:auto;margin:0}
iframe.preview{width:100%;height:420px;border:1px solid #d5dce5;border-radius:6px;background:#fff}
.login{max-width:360px;margin:80px auto;background:#fff;padding:24px;border:1px solid #d5dce5;border-radius:8px}
.login label{display:flex;flex-direction:column;gap:4px;margin-bottom:12px}
code{font-size:12px}
@media (max-width:700px){header{flex-wrap:wrap;gap:8px 14px;padding:8px 12px}main{padding:12px}table{display:block;overflow-x:auto;max-width:100%}}
nav.menu{display:flex;flex-wrap:wrap;gap:4px 18px}
.wrap{overflow-wrap:anywhere}
.nowrap{white-space:nowrap}
.state{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;background:#e9eef5;color:#1d2733}
.state-delivered{background:#dff6dd;color:#1e5b1e}.state-held,.state-quarantined{background:#fff4ce;color:#6b5200}
.state-refused,.state-rejected,.state-bounced,.state-failed{background:#fde7e9;color:#8a1f24}.state-tempfail{background:#fbe9d9;color:#8a4a10}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin:0 0 14px}
.card{background:#fff;border:1px solid #d5dce5;border-radius:6px;padding:10px 12px;display:flex;flex-direction:column;gap:2px}
.card-value{font-size:22px;font-weight:700;color:#12355b}
.card-label{font-size:12px;color:#4a5868}
.panel{background:#fff;border:1px solid #d5dce5;border-radius:6px;padding:10px 12px;margin:0 0 14px;min-width:0}
.panel h2{margin-top:0}
.panels{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:14px;margin:0 0 14px}
.panels .panel{margin:0}
.chart-box{margin:0}
svg.chart{display:block;width:100%;height:auto}svg.chart-narrow{display:none}
ul.legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;margin:0 0 6px;font-size:12px}
ul.legend li{display:flex;align-items:center;gap:6px}
table.ranked td:first-child{width:100%}
@media (max-width:700px){.filters label,.filters input,.filters select{width:100%}table.stack{display:block;overflow:visible}table.stack thead{display:none}table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}table.stack tr{border:1px solid #d5dce5;border-radius:6px;margin:0 0 10px;background:#fff}table.stack td{border:0;padding:3px 10px}table.stack td[data-label]::before{content:attr(data-label);display:block;font-size:11px;color:#6b7886}.panels{grid-template-columns:1fr}table.ranked{display:table}svg.chart-wide{display:none}svg.chart-narrow{display:block}}
`;
