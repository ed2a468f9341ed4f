"""Reads the XML stock feed the sole manufacturer posts to our SFTP drop each morning."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from defusedxml import ElementTree as DefusedET

FEED_NS = {"s": "http://schemas.solecraft.example/stock/2"}


class FeedSettings:
    drop_dir = Path("/srv/sftp/solecraft/inbound")
    pattern = "stock_*.xml"
    parser = DefusedET


@dataclass
class StockLevel:
    sku: str
    description: str
    colour: str
    on_hand: int
    lead_days: int


class StockFeedReader:
    def __init__(self, settings: type[FeedSettings] = FeedSettings) -> None:
        self.settings = settings

    def latest(self) -> Path | None:
        files = sorted(self.settings.drop_dir.glob(self.settings.pattern))
        return files[-1] if files else None

    def levels(self, path: Path) -> Iterator[StockLevel]:
        root = self.settings.parser.fromstring(path.read_bytes())
        for item in root.iterfind("s:item", FEED_NS):
            yield StockLevel(
                sku=item.get("sku", ""),
                description=item.findtext("s:description", "", FEED_NS),
                colour=item.findtext("s:colour", "", FEED_NS),
                on_hand=int(item.findtext("s:onHand", "0", FEED_NS)),
                lead_days=int(item.findtext("s:leadDays", "0", FEED_NS)),
            )


def low_stock(reader: StockFeedReader, threshold: int = 20) -> list[StockLevel]:
    path = reader.latest()
    if path is None:
        return []
    return [lvl for lvl in reader.levels(path) if lvl.on_hand < threshold]


if __name__ == "__main__":
    for lvl in low_stock(StockFeedReader()):
        print(f"{lvl.sku:<12} {lvl.colour:<8} {lvl.on_hand:>4} (lead {lvl.lead_days}d)")
