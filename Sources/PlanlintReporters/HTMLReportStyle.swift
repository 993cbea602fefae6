/// The stylesheet and script embedded in the HTML report. Everything is inline so the
/// report is one file that opens offline and can be mailed or archived as is.
enum HTMLReportStyle {
    /// CJK fonts that ship with the major systems, so no web font is needed.
    static let fontStack = "\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",sans-serif"

    static let css = """
    :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--bg:#f3f5f8;--accent:#1d4ed8;
    --ok:#1a7f37;--ok-bg:#dafbe1;--weak:#8a5a00;--weak-bg:#fff3c4;--miss:#b42318;--miss-bg:#ffe4e1;
    --defect:#8a3ffc;--defect-bg:#f1e8ff;--na:#8c959f;--na-bg:#f2f3f5;}
    *{box-sizing:border-box}
    html{font-family:\(fontStack);color:var(--ink);background:var(--bg);line-height:1.6;font-size:15px}
    body{margin:0}
    main{max-width:1240px;margin:0 auto;padding:28px 28px 60px}
    a{color:var(--accent);text-decoration:none}
    a:hover{text-decoration:underline}
    h1{font-size:26px;margin:0 0 4px;letter-spacing:.02em}
    h2{font-size:19px;margin:0 0 14px;padding-left:10px;border-left:4px solid var(--accent)}
    h3{font-size:16px;margin:18px 0 8px}
    .report-head{background:linear-gradient(135deg,#1e3a8a,#1d4ed8);color:#fff;border-radius:14px;padding:24px 28px;margin-bottom:22px}
    .report-head .sub{opacity:.85;font-size:14px}
    .stats{display:flex;flex-wrap:wrap;gap:12px;margin-top:18px}
    .stat{background:rgba(255,255,255,.14);border-radius:10px;padding:8px 16px;min-width:112px}
    .stat b{display:block;font-size:24px;line-height:1.2}
    .stat span{font-size:13px;opacity:.9}
    .card{background:#fff;border:1px solid var(--line);border-radius:12px;padding:20px 22px;margin-bottom:22px}
    .legend{display:flex;flex-wrap:wrap;gap:14px;font-size:13px;color:var(--muted);margin:0 0 12px}
    .table-wrap{overflow-x:auto}
    table{border-collapse:collapse;width:100%;font-size:13.5px}
    th,td{border-bottom:1px solid var(--line);padding:7px 6px;text-align:left;vertical-align:middle}
    thead th{background:var(--soft);font-weight:600;white-space:nowrap;position:sticky;top:0}
    th button{font:inherit;background:none;border:0;padding:0;cursor:pointer;color:inherit}
    th button::after{content:" ⇅";color:var(--na);font-size:11px}
    th[aria-sort=ascending] button::after{content:" ▲";color:var(--accent)}
    th[aria-sort=descending] button::after{content:" ▼";color:var(--accent)}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    td.mark-cell,th.theme{text-align:center}
    .plan-name{font-weight:600}
    .kind-tag{display:inline-block;margin-left:6px;padding:0 6px;border:1px solid var(--muted);border-radius:4px;color:var(--muted);font-size:12px;font-weight:400}
    td.plan-cell{min-width:12em}
    .path{display:block;color:var(--muted);font-size:12px;word-break:break-all}
    .mark{display:inline-block;border-radius:999px;padding:1px 8px;font-size:12.5px;white-space:nowrap;font-weight:600}
    .frac{display:block;font-size:11px;color:var(--muted);font-variant-numeric:tabular-nums;line-height:1.2;margin-top:2px}
    .m-present{color:var(--ok);background:var(--ok-bg)}
    .m-weak{color:var(--weak);background:var(--weak-bg)}
    .m-missing{color:var(--miss);background:var(--miss-bg)}
    .m-defect{color:var(--defect);background:var(--defect-bg)}
    .m-na{color:var(--na);background:var(--na-bg);font-weight:400}
    .score{display:inline-flex;align-items:center;gap:6px;font-weight:600;font-variant-numeric:tabular-nums}
    .meter{display:inline-block;width:56px;height:7px;border-radius:4px;background:#e6e9ee;overflow:hidden}
    .meter i{display:block;height:100%}
    .s-good i{background:var(--ok)} .s-fair i{background:#d4a72c} .s-poor i{background:var(--miss)}
    .chart svg{width:100%;height:auto;font-family:\(fontStack)}
    .chart .empty{color:var(--muted)}
    details.plan{background:#fff;border:1px solid var(--line);border-radius:12px;margin-bottom:14px}
    details.plan>summary{cursor:pointer;padding:14px 20px;display:flex;flex-wrap:wrap;align-items:center;gap:10px 16px;list-style:none}
    details.plan>summary::-webkit-details-marker{display:none}
    details.plan>summary::before{content:"▸";color:var(--muted);transition:transform .15s}
    details.plan[open]>summary::before{transform:rotate(90deg)}
    details.plan[open]>summary{border-bottom:1px solid var(--line)}
    .plan-title{font-size:17px;font-weight:700}
    .counts{display:flex;gap:6px;flex-wrap:wrap}
    .plan-body{padding:16px 22px 22px}
    dl.meta{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:4px 16px;margin:0 0 12px;font-size:14px}
    dl.meta dt{color:var(--muted)} dl.meta dd{margin:0}
    .theme-block{border-top:1px dashed var(--line);padding-top:6px;margin-top:10px}
    .theme-block h3{display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;margin:8px 0 4px}
    .passed-list{color:var(--muted);font-size:13px;font-weight:400}
    ol.findings{list-style:none;padding:0;margin:0}
    .finding{border-left:4px solid var(--line);background:var(--soft);border-radius:0 8px 8px 0;padding:8px 12px;margin:8px 0}
    .finding.sev-error{border-left-color:var(--miss)} .finding.sev-warning{border-left-color:#d4a72c} .finding.sev-info{border-left-color:#0969da}
    .badge{display:inline-block;font-size:12px;border-radius:4px;padding:0 6px;margin-right:6px;color:#fff;font-weight:600}
    .badge.sev-error{background:var(--miss)} .badge.sev-warning{background:#9a6700} .badge.sev-info{background:#0969da}
    .cat{font-size:12px;border:1px solid currentColor;border-radius:4px;padding:0 5px;margin-right:6px}
    .cat-missing{color:var(--miss)} .cat-weak{color:var(--weak)} .cat-defect{color:var(--defect)}
    .msg{font-weight:600}
    .f-meta,.f-basis{font-size:12.5px;color:var(--muted)}
    .f-suggest{font-size:13.5px;margin-top:2px}
    .f-suggest b{color:var(--ok);font-weight:600}
    .evidence{margin:4px 0;padding:2px 10px;border-left:3px solid var(--line);color:#3d444d;font-size:13.5px;white-space:pre-wrap;word-break:break-all}
    code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:12px;background:#eef1f5;padding:0 4px;border-radius:4px}
    .source{border:1px solid var(--line);border-radius:8px;background:#fff;margin-top:10px;max-height:640px;overflow:auto;font-size:14px}
    .source .ln{display:flex;gap:12px;padding:0 10px}
    .source .ln:nth-child(odd){background:#fbfcfd}
    .source .no{flex:0 0 3.2em;text-align:right;color:var(--na);user-select:none;font-variant-numeric:tabular-nums}
    .source .tx{flex:1;white-space:pre-wrap;word-break:break-all;min-height:1.6em}
    mark.hl{border-radius:3px;padding:0 1px}
    mark.hl a{color:inherit}
    mark.sev-error{background:#ffd7d2;box-shadow:inset 0 -2px 0 var(--miss)}
    mark.sev-warning{background:#fff0b3;box-shadow:inset 0 -2px 0 #d4a72c}
    mark.sev-info{background:#ddf0ff;box-shadow:inset 0 -2px 0 #0969da}
    mark.point{padding:0 2px;font-weight:700}
    :target{outline:2px solid var(--accent);outline-offset:2px}
    .note{color:var(--muted);font-size:13px}
    .error-box{color:var(--miss);background:var(--miss-bg);border-radius:8px;padding:8px 12px}
    footer{color:var(--muted);font-size:12px;text-align:center;margin-top:30px}
    nav.back{margin:0 0 12px;font-size:14px}
    @page{size:A4;margin:15mm 13mm}
    @media print{
    html{background:#fff;font-size:10.5pt}
    main{max-width:none;padding:0}
    .report-head{background:#fff;color:var(--ink);border:2px solid var(--ink);border-radius:0}
    .stat{background:#fff;border:1px solid var(--line)}
    .card,details.plan{border-radius:0;border-color:#999}
    details.plan{break-before:page}
    #plans>h2{display:none}
    .source{max-height:none;overflow:visible}
    thead th{position:static}
    thead{display:table-header-group}
    tr,.finding,.ln{break-inside:avoid}
    th button::after,details.plan>summary::before{content:""}
    a{color:inherit}
    *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    }
    @media print{details::details-content{content-visibility:visible;display:contents}}
    """

    /// Sorting for the overview (the table reads fine without it), opening a plan's
    /// `<details>` when a link points into it, and opening them all for printing.
    static let script = """
    (function(){
    function reveal(id){var el=document.getElementById(id);while(el){if(el.tagName==='DETAILS'){el.open=true;}el=el.parentElement;}}
    document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[href^="#"]');if(a){reveal(a.getAttribute('href').slice(1));}});
    window.addEventListener('hashchange',function(){reveal(location.hash.slice(1));});
    if(location.hash){reveal(location.hash.slice(1));}
    var saved=[];
    window.addEventListener('beforeprint',function(){saved=[];document.querySelectorAll('details').forEach(function(d){saved.push([d,d.open]);d.open=true;});});
    window.addEventListener('afterprint',function(){saved.forEach(function(s){s[0].open=s[1];});});
    document.querySelectorAll('table.sortable').forEach(function(table){
    var heads=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads,function(th,col){
    var button=th.querySelector('button');if(!button){return;}
    button.addEventListener('click',function(){
    var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
    var dir=th.getAttribute('aria-sort')==='descending'?1:-1;
    if(th.dataset.type!=='number'&&!th.hasAttribute('aria-sort')){dir=1;}
    Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
    th.setAttribute('aria-sort',dir===1?'ascending':'descending');
    rows.sort(function(a,b){
    var x=a.cells[col].dataset.sort,y=b.cells[col].dataset.sort;
    var c=th.dataset.type==='number'?parseFloat(x)-parseFloat(y):x.localeCompare(y,'zh-CN');
    return c*dir||(a.dataset.index-b.dataset.index);});
    rows.forEach(function(r){body.appendChild(r);});});});});
    })();
    """
}
