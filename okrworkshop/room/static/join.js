"use strict";
(function () {
  const texts = JSON.parse(document.body.dataset.texts);
  for (const el of document.querySelectorAll("[data-text]")) el.textContent = texts[el.dataset.text] || "";
  const error = new URLSearchParams(location.search).get("error");
  if (error) {
    const box = document.getElementById("join-error");
    box.textContent = texts["error." + error] || texts["error.bad-request"];
    box.hidden = false;
  }
})();
