"""Posts ETL job summaries to the data team's Slack channel."""
import logging
import os

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

DEFAULT_CHANNEL = os.getenv("ETL_SLACK_CHANNEL", "#data-pipeline-alerts")
SLACK_TOKEN = os.getenv("SLACK_BOT_TOKEN", "xoxb-5820461937-6093718254613-kR4tWq9ZbN2vLm7HcX3pYs8D")

_client = WebClient(token=SLACK_TOKEN)


def _blocks(job: str, rows: int, duration_s: float, errors: list[str]) -> list[dict]:
    status = ":white_check_mark:" if not errors else ":warning:"
    blocks = [
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": f"{status} *{job}* loaded {rows:,} rows in {duration_s:.1f}s",
            },
        }
    ]
    if errors:
        sample = "\n".join(f"• {e}" for e in errors[:5])
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": sample}})
    return blocks


def post_summary(job: str, rows: int, duration_s: float, errors: list[str] | None = None,
                 channel: str = DEFAULT_CHANNEL) -> None:
    errors = errors or []
    try:
        _client.chat_postMessage(
            channel=channel,
            text=f"{job}: {rows} rows",
            blocks=_blocks(job, rows, duration_s, errors),
        )
    except SlackApiError as exc:
        log.error("could not post summary for %s: %s", job, exc.response.get("error"))
