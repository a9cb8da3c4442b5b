/**
 * The notice at the top of the editor page when the editor cannot work: a heading that says
 * what is wrong, what to do, and a button to try again. It sits outside Decap's own app, so
 * it shows even when Decap could not start. Announced to screen readers as an alert.
 */
import { localEditing as t } from '../strings/local-editing.ts';

const NOTICE_ID = 'editing-server-notice';

export interface NoticeText {
  title: string;
  body: string;
}

/** Shows the notice; one already showing the same title stays as it is (with its button). */
export function showNotice(text: NoticeText, retry?: () => void): void {
  if (shownTitle() === text.title) return;
  hideNotice();
  const notice = document.createElement('section');
  notice.id = NOTICE_ID;
  notice.className = 'editing-server-notice';
  notice.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.textContent = text.title;
  const body = document.createElement('p');
  body.textContent = text.body;
  notice.append(title, body);
  if (retry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t.notice.retry;
    button.addEventListener('click', retry);
    notice.append(button);
  }
  document.body.prepend(notice);
}

/** Hides the notice, or only the one with this title. */
export function hideNotice(title?: string): void {
  if (title === undefined || shownTitle() === title) document.getElementById(NOTICE_ID)?.remove();
}

function shownTitle(): string | undefined {
  return document.querySelector(`#${NOTICE_ID} h2`)?.textContent ?? undefined;
}
