// Print buttons ([data-td-print]) open the browser's print dialog. A listener on the document,
// not an inline handler: the content security policy allows only scripts from the application,
// and buttons that arrive later by Ajax (the enrollment wizard's last step) work all the same.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-td-print]");
  if (button) {
    event.preventDefault();
    window.print();
  }
});
