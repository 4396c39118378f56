// The Gram workbench: plain JavaScript over the service's API (/api/v1), no libraries.
// The token lives in sessionStorage (this tab only) and travels in the Authorization header of
// fetch() calls, never in a URL; so files are downloaded through fetch, and the progress stream
// is read with a streaming fetch rather than EventSource (which cannot send headers).
"use strict";

(function () {
  const API = "/api/v1";
  const KEY = "gram-token";
  const CHECK_DELAY_MS = 400;
  const $ = (id) => document.getElementById(id);

  let token = sessionStorage.getItem(KEY);
  let diagnostics = [];
  let checkTimer = null;
  let checkSequence = 0;
  let currentRun = null;
  let stream = null;

  // ---- API

  async function api(path, options = {}) {
    const headers = Object.assign({ Authorization: "Bearer " + token }, options.headers || {});
    const response = await fetch(API + path, Object.assign({}, options, { headers }));
    if (response.status === 401) {
      signOut("the token was refused; sign in again");
      throw new Error("unauthenticated");
    }
    return response;
  }

  async function postJson(path, body) {
    return api(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  function number(v) {
    if (v === null || v === undefined || Number.isNaN(v)) return "";
    if (v === 0) return "0";
    return Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3 ? v.toExponential(3) : Number(v.toPrecision(5)).toString();
  }

  // ---- signing in

  async function signIn(candidate) {
    const response = await fetch(API + "/library/scenarios", { headers: { Authorization: "Bearer " + candidate } });
    if (response.status === 401) {
      $("login-error").textContent = "that token is not this service's";
      return;
    }
    if (!response.ok) {
      $("login-error").textContent = "the service answered " + response.status;
      return;
    }
    token = candidate;
    sessionStorage.setItem(KEY, candidate);
    $("token").value = "";
    $("login-error").textContent = "";
    showApp((await response.json()).scenarios);
  }

  function signOut(message) {
    token = null;
    sessionStorage.removeItem(KEY);
    if (stream) stream.abort();
    $("app").hidden = true;
    $("login").hidden = false;
    $("sign-out").hidden = true;
    $("who").textContent = "";
    $("login-error").textContent = message || "";
  }

  function showApp(scenarios) {
    $("login").hidden = true;
    $("app").hidden = false;
    $("sign-out").hidden = false;
    $("who").textContent = "signed in";
    const select = $("library");
    select.replaceChildren();
    for (const name of scenarios) select.append(new Option(name, name));
    refreshRuns();
    loadRuleFiles();
  }

  // ---- the editor

  async function loadScenario() {
    const name = $("library").value;
    if (!name) return;
    const response = await api("/library/scenarios/" + encodeURIComponent(name));
    $("source").value = await response.text();
    $("name").value = name + ".gram";
    $("source").scrollTop = 0;
    render();
    checkSoon(0);
  }

  function checkSoon(delay) {
    clearTimeout(checkTimer);
    $("check-status").textContent = "checking…";
    checkTimer = setTimeout(check, delay === undefined ? CHECK_DELAY_MS : delay);
  }

  async function check() {
    const sequence = ++checkSequence;
    const response = await postJson("/check", { scenario: $("source").value, name: $("name").value });
    const body = await response.json();
    if (sequence !== checkSequence) return; // a later edit's check is on its way
    if (!response.ok) {
      showDiagnostics(body.diagnostics || [], body.error);
      return;
    }
    showDiagnostics(body.diagnostics, null);
  }

  function showDiagnostics(found, error) {
    diagnostics = found;
    const errors = found.filter((d) => d.severity === "error").length;
    const warnings = found.length - errors;
    $("check-status").textContent = error && found.length === 0
      ? error
      : errors === 0 && warnings === 0 ? "no problems"
      : errors + " error" + (errors === 1 ? "" : "s") + (warnings ? ", " + warnings + " warning" + (warnings === 1 ? "" : "s") : "");
    $("check-status").className = "status" + (errors ? " error" : "");
    const list = $("diagnostics");
    list.replaceChildren();
    for (const d of found) {
      const item = el("li", d.file + ":" + d.line + ":" + d.column + ": " + d.severity + ": " + d.message + " [" + d.code + "]", d.severity);
      item.dataset.line = d.line;
      item.dataset.code = d.code;
      item.addEventListener("click", () => goTo(d));
      list.append(item);
    }
    render();
  }

  /** Whether a diagnostic points into the file being edited (not a rule file or an import). */
  function inEditor(d) {
    return d.line > 0 && d.file === $("name").value;
  }

  /** The characters a diagnostic underlines on its line: the word at its column, or one character. */
  function extent(line, column) {
    const start = Math.min(Math.max(column - 1, 0), line.length);
    let end = start;
    while (end < line.length && /[\w.%$"-]/.test(line[end])) end++;
    if (end === start) end = start + 1;
    return [start, end];
  }

  /** Repeats the text in the <pre> under the textarea with each diagnostic's extent marked. */
  function render() {
    const text = $("source").value;
    const lines = text.split("\n");
    const marks = new Map();
    diagnostics.forEach((d, index) => {
      if (!inEditor(d) || d.line > lines.length) return;
      const [start, end] = extent(lines[d.line - 1], d.column);
      if (!marks.has(d.line)) marks.set(d.line, []);
      marks.get(d.line).push({ start, end, index, d });
    });
    const pre = $("highlight");
    pre.replaceChildren();
    lines.forEach((line, i) => {
      const here = (marks.get(i + 1) || []).sort((a, b) => a.start - b.start);
      let at = 0;
      for (const m of here) {
        if (m.start < at) continue; // overlapping marks: the first one shows
        pre.append(document.createTextNode(line.slice(at, m.start)));
        const mark = el("mark", line.slice(m.start, m.end).padEnd(m.end - m.start, " "), "diag " + m.d.severity);
        mark.dataset.index = m.index;
        mark.dataset.line = m.d.line;
        mark.dataset.column = m.d.column;
        pre.append(mark);
        at = m.end;
      }
      pre.append(document.createTextNode(line.slice(at) + "\n"));
    });
    syncScroll();
  }

  function syncScroll() {
    $("highlight").scrollTop = $("source").scrollTop;
    $("highlight").scrollLeft = $("source").scrollLeft;
  }

  /** Hover: the textarea lies on top, so find the mark under the pointer among the layers below. */
  function hover(event) {
    const tip = $("tooltip");
    const mark = document.elementsFromPoint(event.clientX, event.clientY)
      .find((e) => e.tagName === "MARK" && e.classList.contains("diag"));
    if (!mark) {
      tip.hidden = true;
      return;
    }
    const d = diagnostics[Number(mark.dataset.index)];
    tip.textContent = d.severity + " [" + d.code + "]: " + d.message;
    tip.style.left = event.clientX + 12 + "px";
    tip.style.top = event.clientY + 16 + "px";
    tip.hidden = false;
  }

  function goTo(d) {
    if (!inEditor(d)) return;
    const source = $("source");
    const lines = source.value.split("\n");
    let offset = 0;
    for (let i = 0; i < d.line - 1; i++) offset += lines[i].length + 1;
    offset += Math.max(0, d.column - 1);
    source.focus();
    source.setSelectionRange(offset, offset);
  }

  async function format() {
    const response = await postJson("/format", { scenario: $("source").value, name: $("name").value });
    const body = await response.json();
    if (!response.ok) {
      showDiagnostics(body.diagnostics || [], body.error);
      return;
    }
    $("source").value = body.scenario;
    render();
    checkSoon(0);
  }

  // ---- running

  async function run() {
    const body = { scenario: $("source").value, name: $("name").value };
    if ($("paths").value) body.paths = Number($("paths").value);
    if ($("seed").value) body.seed = Number($("seed").value);
    $("run-status").textContent = "submitting…";
    const response = await postJson("/runs", body);
    const answer = await response.json();
    if (response.status !== 202) {
      $("run-status").textContent = answer.error;
      if (answer.diagnostics) showDiagnostics(answer.diagnostics, answer.error);
      return;
    }
    currentRun = answer.id;
    $("cancel").disabled = false;
    $("run").disabled = true;
    showProgress(answer.status, 0);
    refreshRuns();
    follow(answer.id);
  }

  function showProgress(status, progress) {
    $("progress").value = progress;
    $("progress-label").textContent = Math.round(progress * 100) + "%";
    $("run-status").textContent = status;
  }

  /** Reads the run's server-sent events with a streaming fetch that sends the token. */
  async function follow(id) {
    if (stream) stream.abort();
    stream = new AbortController();
    let response;
    try {
      response = await api("/runs/" + id + "/events", { headers: { Accept: "text/event-stream" }, signal: stream.signal });
    } catch (e) {
      return;
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let final = null;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const event = parseEvent(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          if (event.name === "progress") showProgress(event.data.status, event.data.progress);
          if (event.name === "end") final = event.data;
        }
      }
    } catch (e) {
      if (e.name === "AbortError") return;
      throw e;
    }
    if (id !== currentRun) return;
    $("cancel").disabled = true;
    $("run").disabled = false;
    if (!final) final = await (await api("/runs/" + id)).json();
    showProgress(final.status, final.progress);
    if (final.status === "failed" && final.error) {
      $("run-status").textContent = "failed: " + final.error.message;
      if (final.error.diagnostics && final.error.diagnostics.length) showDiagnostics(final.error.diagnostics, null);
    }
    refreshRuns();
    if (final.status === "done") showResults(id);
  }

  function parseEvent(block) {
    let name = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) name = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    return { name, data: data.length ? JSON.parse(data.join("\n")) : null };
  }

  async function cancel() {
    if (!currentRun) return;
    const response = await api("/runs/" + currentRun, { method: "DELETE" });
    if (response.status === 409) $("run-status").textContent = (await response.json()).error;
  }

  // ---- results

  async function showResults(id) {
    const files = (await (await api("/runs/" + id + "/files")).json()).files;
    $("results").hidden = false;
    $("results-run").textContent = id;
    const list = $("files");
    list.replaceChildren();
    for (const name of files) {
      const button = el("button", name);
      button.type = "button";
      button.addEventListener("click", () => download(id, name));
      list.append(button);
    }
    const charts = $("charts");
    charts.replaceChildren();
    $("metrics").replaceChildren();
    if (!files.includes("report.html")) return;
    const html = await (await api("/runs/" + id + "/files/report.html")).text();
    // Parsed, never inserted: only the charts (inline PNGs) and the metric cells' text are taken.
    // Its <style> block is dropped first: parsed here it would meet this page's policy and be refused.
    const report = new DOMParser().parseFromString(html.replace(/<style>[\s\S]*?<\/style>/g, ""), "text/html");
    for (const img of report.querySelectorAll("img")) {
      const src = img.getAttribute("src") || "";
      if (!src.startsWith("data:image/png;base64,")) continue;
      const chart = new Image();
      chart.alt = img.getAttribute("alt") || "chart";
      chart.src = src;
      chart.className = "chart";
      charts.append(chart);
    }
    const table = report.querySelector("table");
    if (table) {
      for (const row of table.querySelectorAll("tr")) {
        const tr = el("tr");
        if (row.title) tr.title = row.title;
        for (const cell of row.children) tr.append(el(cell.tagName === "TH" ? "th" : "td", cell.textContent));
        $("metrics").append(tr);
      }
    }
  }

  /** A file through fetch (the token cannot go in a link), saved under its own name. */
  async function download(id, name) {
    const blob = await (await api("/runs/" + id + "/files/" + encodeURIComponent(name))).blob();
    const url = URL.createObjectURL(blob);
    const a = el("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // ---- the team's runs

  async function refreshRuns() {
    const runs = (await (await api("/runs")).json()).runs;
    const table = $("runs");
    table.replaceChildren();
    const head = el("tr");
    for (const h of ["run", "scenario", "status", "progress", "paths", "seed", "submitted", ""]) head.append(el("th", h));
    table.append(head);
    for (const r of runs) {
      const tr = el("tr");
      tr.dataset.id = r.id;
      tr.dataset.status = r.status;
      tr.append(el("td", r.id.slice(0, 8)), el("td", r.kind === "run" ? r.settings.name : r.kind + (r.settings.name ? " " + r.settings.name : "")), el("td", r.status),
        el("td", Math.round(r.progress * 100) + "%"), el("td", r.settings.paths === undefined ? "file's" : r.settings.paths),
        el("td", r.settings.seed === undefined ? "file's" : r.settings.seed), el("td", r.submitted.replace("T", " ").slice(0, 19)));
      const actions = el("td");
      if (r.status === "done") {
        const show = el("button", "results");
        show.type = "button";
        show.addEventListener("click", () => showResults(r.id));
        actions.append(show);
      }
      tr.append(actions);
      table.append(tr);
    }
    const done = runs.filter((r) => r.status === "done" && r.kind === "run");
    for (const [select, pick] of [[$("compare-a"), 1], [$("compare-b"), 0]]) {
      const before = select.value;
      select.replaceChildren();
      for (const r of done) select.append(new Option(r.id.slice(0, 8) + " " + r.settings.name + " (" + r.submitted.slice(11, 19) + ")", r.id));
      if (done.some((r) => r.id === before)) select.value = before;
      else if (done.length > pick) select.value = done[pick].id; // newest as B, the one before as A
    }
  }

  // ---- compare

  /** Polls a job until it ends, telling {@code onChange} each state; returns its final record. */
  async function awaitJob(id, onChange) {
    for (;;) {
      const job = await (await api("/runs/" + id)).json();
      onChange(job);
      if (!["queued", "running"].includes(job.status)) return job;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  async function compare() {
    const a = $("compare-a").value;
    const b = $("compare-b").value;
    if (!a || !b) return;
    $("compare-status").textContent = "comparing (both runs again, paired)…";
    const response = await postJson("/compare", { a, b });
    const queued = await response.json();
    if (response.status !== 202) {
      $("compare-status").textContent = queued.error;
      return;
    }
    // A comparison is a queued job of its own: wait for it, then read its compare.json.
    const final = await awaitJob(queued.id, (job) => {
      $("compare-status").textContent = "comparing (both runs again, paired): " + job.status + " " + Math.round(job.progress * 100) + "%";
    });
    refreshRuns();
    if (final.status !== "done") {
      $("compare-status").textContent = "the comparison " + final.status + (final.error ? ": " + final.error.message : "");
      return;
    }
    const body = await (await api("/runs/" + queued.id + "/files/compare.json")).json();
    $("compare-status").textContent = body.paths + " paths, seed " + body.seed
      + (body.same_gold ? "; every path saw the same gold prices in A and B" : "; the gold prices differ between A and B: not paired on gold");
    const table = $("comparison");
    table.replaceChildren();
    const head = el("tr");
    for (const h of ["metric", "A: " + body.a.scenario, "B: " + body.b.scenario, "B - A", "std error (paired)", "95% low", "95% high", "std error if independent"]) head.append(el("th", h));
    table.append(head);
    for (const r of body.rows) {
      const tr = el("tr");
      tr.title = r.meaning + (r.unit ? " (" + r.unit + ")" : "");
      const significant = r.ci95_low !== null && r.ci95_high !== null && (r.ci95_low > 0 || r.ci95_high < 0);
      tr.append(el("td", r.metric), el("td", number(r.a)), el("td", number(r.b)),
        el("td", number(r.difference), significant ? "significant" : ""), el("td", number(r.standard_error)),
        el("td", number(r.ci95_low)), el("td", number(r.ci95_high)), el("td", number(r.standard_error_if_independent)));
      table.append(tr);
    }
  }

  // ---- rule library

  async function loadRuleFiles() {
    const files = (await (await api("/library/rules")).json()).files;
    const list = $("rule-files");
    list.replaceChildren();
    for (const f of files) {
      const item = el("li", f);
      item.addEventListener("click", () => showRule(f));
      list.append(item);
    }
  }

  async function showRule(path) {
    const response = await api("/library/rules/" + path.split("/").map(encodeURIComponent).join("/"));
    $("rule-name").textContent = path;
    $("rule-text").textContent = await response.text();
  }

  // ---- wiring

  document.addEventListener("DOMContentLoaded", () => {
    $("login-form").addEventListener("submit", (e) => {
      e.preventDefault();
      signIn($("token").value.trim());
    });
    $("sign-out").addEventListener("click", () => signOut());
    $("load").addEventListener("click", loadScenario);
    $("format").addEventListener("click", format);
    $("source").addEventListener("input", () => {
      render();
      checkSoon();
    });
    $("name").addEventListener("change", () => checkSoon(0));
    $("source").addEventListener("scroll", syncScroll);
    $("source").addEventListener("mousemove", hover);
    $("source").addEventListener("mouseleave", () => ($("tooltip").hidden = true));
    $("run").addEventListener("click", run);
    $("cancel").addEventListener("click", cancel);
    $("refresh").addEventListener("click", refreshRuns);
    $("compare").addEventListener("click", compare);
    if (token) {
      api("/library/scenarios").then((r) => r.json()).then((body) => showApp(body.scenarios)).catch(() => {});
    }
  });
})();
