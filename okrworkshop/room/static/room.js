"use strict";
// The participant's page. Every text from the board is set with textContent: never markup.
(function () {
  const texts = JSON.parse(document.body.dataset.texts);
  const t = (key, arg) => (texts[key] || key).replace("%1", arg === undefined ? "" : arg);
  const $ = (id) => document.getElementById(id);
  let state = null;
  let shown = -1;
  let timerBase = null;
  let editing = null; // the id of the card whose editor is open: refreshes keep it open

  for (const el of document.querySelectorAll("[data-text]")) el.textContent = t(el.dataset.text);
  for (const el of document.querySelectorAll("[data-placeholder]")) el.placeholder = t(el.dataset.placeholder);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === "text") node.textContent = value;
      else if (name === "team") node.style.setProperty("--team", value);
      else if (name === "on") for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
      else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message || "";
    box.hidden = !message;
  }

  async function call(path, body) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": state ? state.csrf : "" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (!response.ok) {
      showError(data.message || t("error.bad-request"));
      if (response.status === 401 || response.status === 403) setTimeout(refresh, 500);
      return null;
    }
    showError("");
    await refresh();
    return data;
  }

  const change = (body) => call("/api/changes", body);

  async function refresh() {
    const response = await fetch("/api/state", { credentials: "same-origin", cache: "no-store" });
    if (response.status === 401) { location.href = "/"; return; }
    const data = await response.json();
    if (!response.ok) { showError(data.message); return; }
    state = data;
    render();
  }

  function findingList(findings) {
    if (!findings || !findings.length) return null;
    const list = el("div", { class: "findings" });
    for (const f of findings) {
      const box = el("p", { class: "finding " + f.severity, "data-rule": f.rule },
        el("strong", { text: t("severity." + f.severity) + " · " }), document.createTextNode(f.message));
      if (f.hint) box.append(el("span", { class: "hint", text: " " + f.hint }));
      if (f.rewrite) box.append(el("span", { class: "rewrite", text: t("rewrite.of", f.rewrite) }));
      list.append(box);
    }
    return list;
  }

  function editor(card, kind) {
    const input = el("textarea", { rows: "2", maxlength: "500", "aria-label": t("edit") + " — " + t(kind) });
    input.value = card.title;
    const rewrite = (card.findings || []).map((f) => f.rewrite).find(Boolean);
    const form = el("form", { class: "edit" }, input);
    const save = el("button", { type: "submit", text: t("save") });
    const cancel = el("button", { type: "button", class: "quiet", text: t("cancel"),
      on: { click: () => { editing = null; render(); } } });
    const tools = el("div", { class: "tools" }, save, cancel);
    if (rewrite) tools.append(el("button", { type: "button", class: "quiet", text: t("use.rewrite"),
      "aria-label": t("use.rewrite"), on: { click: () => { input.value = rewrite; input.focus();
        const blank = rewrite.indexOf("_"); if (blank >= 0) input.setSelectionRange(blank, blank + 1); } } }));
    form.append(tools);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      editing = null;
      await change({ op: "edit", id: card.id, title: input.value });
    });
    setTimeout(() => input.focus(), 0);
    return form;
  }

  function cardNode(card, kind, locked, children) {
    const node = el("li", { class: "card " + kind, "data-id": card.id });
    node.append(el("div", { class: "kind", text: t(kind) }));
    if (editing === card.id && !locked) node.append(editor(card, kind));
    else node.append(el("div", { class: "text", text: card.title }));
    if (card.owner) node.append(el("div", { class: "owner", text: t("owner.of", card.owner) }));
    const findings = findingList(card.findings);
    if (findings) node.append(findings);
    if (!locked && editing !== card.id) {
      const label = (verb) => t(verb) + " — " + card.title;
      node.append(el("div", { class: "tools" },
        el("button", { type: "button", class: "small quiet", text: t("edit"), "aria-label": label("edit"),
          on: { click: () => { editing = card.id; render(); } } }),
        el("button", { type: "button", class: "small quiet", text: "↑", "aria-label": label("up"),
          on: { click: () => change({ op: "move", id: card.id, direction: "up" }) } }),
        el("button", { type: "button", class: "small quiet", text: "↓", "aria-label": label("down"),
          on: { click: () => change({ op: "move", id: card.id, direction: "down" }) } }),
        el("button", { type: "button", class: "small quiet", text: t("delete"), "aria-label": label("delete"),
          on: { click: () => { if (confirm(t("delete.confirm"))) change({ op: "delete", id: card.id }); } } })));
    }
    for (const child of children || []) if (child) node.append(child);
    return node;
  }

  function addForm(kind, parent, locked) {
    if (locked) return null;
    const id = "add-" + kind + "-" + parent;
    const input = el("input", { id, maxlength: "500", placeholder: t("new." + kind), "aria-label": t("add." + kind) });
    const form = el("form", { class: "add" }, input, el("button", { type: "submit", class: "small", text: "+",
      "aria-label": t("add." + kind) }));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!input.value.trim()) return;
      const title = input.value;
      input.value = "";
      await change({ op: "add", kind, parent, title });
      const again = document.getElementById(id);
      if (again) again.focus();
    });
    return form;
  }

  function renderVote() {
    const box = $("vote");
    const vote = state.vote;
    box.hidden = !vote;
    box.replaceChildren();
    if (!vote) return;
    box.append(el("h2", { text: vote.open ? t("vote.title") : t("vote.closed") }));
    if (vote.open) box.append(el("p", { class: "left", text: t("vote.left", vote.left) }));
    for (const card of vote.cards) {
      const mine = vote.mine[card.id] || 0;
      const row = el("div", { class: "vote-card", "data-id": card.id }, el("span", { class: "what", text: card.title }));
      if (vote.open) {
        row.append(el("span", { class: "buttons" },
          el("button", { type: "button", class: "small quiet", text: "−", "aria-label": t("vote.remove", card.title),
            disabled: mine <= 0 ? "disabled" : null, on: { click: () => call("/api/vote", { card: card.id, delta: -1 }) } }),
          el("span", { class: "dots", text: String(mine) }),
          el("button", { type: "button", class: "small", text: "+", "aria-label": t("vote.add", card.title),
            disabled: vote.left <= 0 ? "disabled" : null, on: { click: () => call("/api/vote", { card: card.id, delta: 1 }) } })));
      } else {
        row.append(el("span", { class: "dots", text: String(card.dots) }));
      }
      box.append(row);
    }
  }

  function render() {
    $("title").textContent = state.title || "okrworkshop";
    const team = state.teams.find((x) => x.id === (state.presenting || state.me.team));
    $("teams").hidden = Boolean(state.me.team);
    if (!state.me.team) {
      const list = $("team-list");
      list.replaceChildren(...state.teams.map((x) => el("button", { type: "button", team: safeColour(x.colour),
        text: x.name, on: { click: () => call("/api/team", { team: x.id }) } })));
    }
    const banner = $("banner");
    banner.hidden = !(state.locked || state.presenting);
    banner.textContent = state.presenting ? t("presenting.of", team ? team.name : "") : t("locked");
    renderVote();
    $("lane").hidden = !team;
    if (!team) return;
    document.body.style.setProperty("--team", safeColour(team.colour));
    $("team-name").textContent = team.name;
    $("change-team").hidden = Boolean(state.presenting);
    $("brief").textContent = state.brief || "";
    $("brief-box").hidden = !state.brief;
    const locked = state.locked;
    const objectives = (state.lane && state.lane.objectives) || [];
    $("objectives").replaceChildren(...objectives.map((o) => cardNode(o, "objective", locked, [
      el("ol", { class: "krs" }, ...o.key_results.map((k) => cardNode(k, "key_result", locked, [
        el("ol", { class: "initiatives" }, ...k.initiatives.map((i) => cardNode(i, "initiative", locked))),
        addForm("initiative", k.id, locked),
      ]))),
      addForm("key_result", o.id, locked),
    ])));
    $("empty").hidden = objectives.length > 0;
    $("add-objective").hidden = locked;
    timerBase = state.timer ? { remaining: state.timer.remaining, paused: state.timer.paused, at: Date.now(),
      title: state.timer.title } : null;
    tick();
  }

  function safeColour(value) { return /^#[0-9a-fA-F]{6}$/.test(value || "") ? value : "#4e79a7"; }

  function tick() {
    const box = $("timer");
    box.hidden = !timerBase;
    if (!timerBase) return;
    let left = timerBase.remaining - (timerBase.paused ? 0 : (Date.now() - timerBase.at) / 1000);
    const over = left < 0;
    left = Math.abs(Math.round(left));
    const text = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    box.textContent = (over ? "+" : "") + text;
    box.classList.toggle("over", over);
    box.setAttribute("aria-label", (over ? t("overtime") : t("timer")) + " " + text);
  }
  setInterval(tick, 1000);

  $("add-objective").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = $("new-objective");
    if (!input.value.trim()) return;
    const title = input.value;
    input.value = "";
    await change({ op: "add", kind: "objective", title });
  });
  $("change-team").addEventListener("click", () => { state.me.team = null; render(); });

  function connect(delay) {
    const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
    ws.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (!state || message.version !== state.version || message.room !== state.room_version) refresh();
      showError("");
    };
    ws.onclose = (event) => {
      if (event.code === 4401 || event.code === 4403) { refresh(); return; }
      showError(t("offline"));
      setTimeout(() => connect(Math.min(5000, delay * 2)), delay);
    };
    setInterval(() => { if (ws.readyState === 1) ws.send("ping"); }, 20000);
  }

  refresh().then(() => connect(500));
  // Should a push be missed (a sleeping phone, a proxy that drops websockets), catch up anyway.
  setInterval(() => { if (!document.hidden) refresh(); }, 5000);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) refresh(); });
  window.okrRoom = { refresh, state: () => state };
})();
