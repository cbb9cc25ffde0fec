// hearsay web UI: keyboard shortcuts only. "/" focuses the search box (unless typing already).
document.addEventListener("keydown", function (event) {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  var target = event.target;
  var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
  if (typing) return;
  var box = document.getElementById("q");
  if (box) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});

// "Copy citation": copy the text of the element named by data-copy (no inline script: the CSP forbids it).
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
  if (!button) return;
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source) return;
  var text = source.value !== undefined ? source.value : source.textContent;
  var status = button.parentNode.querySelector(".copied");
  function done(ok) { if (status) status.textContent = ok ? "Copied." : "Select the text and copy it."; }
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).then(function () { done(true); }, function () { source.select(); done(false); });
  } else {
    source.select();
    done(document.execCommand && document.execCommand("copy"));
  }
});
