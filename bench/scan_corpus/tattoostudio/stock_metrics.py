"""Emit stock-level gauges for inks and needles to the local StatsD agent.

Each studio host runs a datadog/statsd agent that forwards to our metrics
backend; the app only ever talks to the agent on the loopback interface.
"""
import os

from statsd import StatsClient

from inventory.models import StockItem

STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))

_client = StatsClient(host=STATSD_HOST, port=STATSD_PORT, prefix="inkhouse.stock")


def _metric_name(item: StockItem) -> str:
    category = item.category.lower().replace(" ", "_")
    sku = item.sku.lower().replace("-", "_")
    return f"{item.studio.slug}.{category}.{sku}"


def report_levels(studio_slug: str) -> int:
    items = StockItem.objects.filter(studio__slug=studio_slug).select_related("studio")
    count = 0
    with _client.pipeline() as pipe:
        for item in items:
            pipe.gauge(_metric_name(item), item.quantity_on_hand)
            if item.quantity_on_hand <= item.reorder_level:
                pipe.incr(f"{studio_slug}.below_reorder")
            count += 1
    return count
