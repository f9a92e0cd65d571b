/**
 * The options page (also the first-run welcome page).
 * FOUNDATION SHELL — settings arrive with the popup/options issue.
 */
const welcome = document.getElementById('welcome');
if (welcome && new URLSearchParams(location.search).has('welcome')) welcome.hidden = false;
document.body.dataset.ready = 'true';
