"""Connection settings for the ERP REST integration.

Values come from the environment of the MES container; the defaults are
there so the integration test stack starts without extra setup.
"""
import os


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing required setting {name}")
    return value


ERP = {
    "base_url": _env("ERP_BASE_URL"),
    "token_url": _env("ERP_TOKEN_URL"),
    "client_id": _env("ERP_CLIENT_ID", "foundry-mes"),
    "client_secret": _env("ERP_CLIENT_SECRET", "m7Qe2vXr9LpT4kWz8NcH3sJd"),
    "company": _env("ERP_COMPANY", "10"),
    "site": _env("ERP_SITE", "CAST1"),
    "timeout": float(_env("ERP_TIMEOUT", "15")),
    "page_size": int(_env("ERP_PAGE_SIZE", "200")),
}

SYNC = {
    "items_interval_min": int(_env("ERP_ITEM_SYNC_MIN", "30")),
    "orders_interval_min": int(_env("ERP_ORDER_SYNC_MIN", "5")),
    "shipments_interval_min": int(_env("ERP_SHIPMENT_SYNC_MIN", "10")),
}
