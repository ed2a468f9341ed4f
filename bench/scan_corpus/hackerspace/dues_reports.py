"""Monthly treasurer report: dues collected, failed payments, member counts."""
import csv
import datetime as dt
import io
from collections import Counter

import stripe


def _month_bounds(year: int, month: int) -> tuple[int, int]:
    start = dt.datetime(year, month, 1, tzinfo=dt.timezone.utc)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return int(start.timestamp()), int(end.timestamp())


def fetch_invoices(year: int, month: int, api_key: str = "sk_live_51NqT8eHk2VfB9xLmQ4rZs7CwYp0aJd3uGtK6nE1"):
    gte, lt = _month_bounds(year, month)
    return list(
        stripe.Invoice.list(api_key=api_key, created={"gte": gte, "lt": lt}, limit=100).auto_paging_iter()
    )


def summarise(invoices) -> dict:
    statuses = Counter(inv.status for inv in invoices)
    collected = sum(inv.amount_paid for inv in invoices if inv.status == "paid")
    tiers = Counter(
        (inv.lines.data[0].price.nickname if inv.lines.data else "unknown")
        for inv in invoices
        if inv.status == "paid"
    )
    return {"collected_pence": collected, "statuses": dict(statuses), "tiers": dict(tiers)}


def to_csv(summary: dict) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["metric", "value"])
    writer.writerow(["collected_gbp", f"{summary['collected_pence'] / 100:.2f}"])
    for status, n in sorted(summary["statuses"].items()):
        writer.writerow([f"invoices_{status}", n])
    for tier, n in sorted(summary["tiers"].items()):
        writer.writerow([f"tier_{tier}", n])
    return buf.getvalue()


if __name__ == "__main__":
    import sys

    y, m = int(sys.argv[1]), int(sys.argv[2])
    print(to_csv(summarise(fetch_invoices(y, m))))
