"""Post poll-closing status updates to the county operations Slack channel."""
import os
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

TOKEN_ENV_VAR = "SLACK_BOT_TOKEN"
CHANNEL_ENV_VAR = "ELECTION_OPS_CHANNEL"


@dataclass
class StationStatus:
    station_id: str
    name: str
    closed: bool
    ballots_in_box: int


def _client(token: str | None = None) -> WebClient:
    return WebClient(token=token or os.environ[TOKEN_ENV_VAR])


def post_closing_summary(statuses: list[StationStatus], client: WebClient | None = None) -> str:
    client = client or _client()
    closed = [s for s in statuses if s.closed]
    still_open = [s for s in statuses if not s.closed]
    lines = [f"*{len(closed)}/{len(statuses)} stations closed*"]
    lines += [f":hourglass: {s.name} ({s.station_id}) still open" for s in still_open]
    try:
        resp = client.chat_postMessage(channel=os.environ[CHANNEL_ENV_VAR], text="\n".join(lines))
    except SlackApiError as exc:
        raise RuntimeError(f"Slack post failed: {exc.response['error']}") from exc
    return resp["ts"]
