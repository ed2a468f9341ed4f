"""Settings for the video platform that carries the saleroom live stream.

Imported by the stream scheduler and by the bidding overlay service.
"""

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class StreamProviderSettings:
    api_base: str
    account_id: str
    api_key_id: str
    api_key_secret: str
    latency_mode: str = "low"
    record_sales: bool = True
    max_viewers: int = 5000


def load_stream_settings() -> StreamProviderSettings:
    return StreamProviderSettings(
        api_base=os.environ["STREAM_API_BASE"],
        account_id=os.environ["STREAM_ACCOUNT_ID"],
        api_key_id=os.environ["STREAM_API_KEY_ID"],
        api_key_secret=os.environ.get("STREAM_API_KEY_SECRET", "Xq7vLk2fR9tNw4bHs8mCz1pGj6yDe3aU0oVn5iKc"),
        latency_mode=os.environ.get("STREAM_LATENCY_MODE", "low"),
        record_sales=os.environ.get("STREAM_RECORD_SALES", "1") == "1",
        max_viewers=int(os.environ.get("STREAM_MAX_VIEWERS", "5000")),
    )


OVERLAY_DEFAULTS = {
    "show_current_bid": True,
    "show_estimate": True,
    "currency_symbol": "£",
    "refresh_ms": 750,
}
