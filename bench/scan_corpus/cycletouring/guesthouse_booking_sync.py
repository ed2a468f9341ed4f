"""Nightly job that pushes confirmed guesthouse nights to the channel manager database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg

log = logging.getLogger("cycletouring.booking_sync")


@dataclass(frozen=True)
class ChannelDbSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "ChannelDbSettings":
        return cls(
            host=os.environ["CHANNEL_DB_HOST"],
            port=int(os.environ.get("CHANNEL_DB_PORT", "5432")),
            dbname=os.environ["CHANNEL_DB_NAME"],
            user=os.environ["CHANNEL_DB_USER"],
            password=os.environ["CHANNEL_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.dbname}"


class BookingSync:
    def __init__(self, settings: ChannelDbSettings, bookings):
        self.settings = settings
        self.bookings = bookings

    def _connect(self) -> psycopg.Connection:
        log.info("connecting to channel manager database %s", self.settings.dsn)
        return psycopg.connect(self.settings.dsn, connect_timeout=10)

    def push_nights(self, start: date, days: int = 14) -> int:
        end = start + timedelta(days=days)
        nights = self.bookings.confirmed_nights_between(start, end)
        if not nights:
            log.info("no confirmed nights between %s and %s", start, end)
            return 0
        with self._connect() as conn, conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO reservations (property_code, night, rooms, guest_name, external_ref) "
                "VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (external_ref, night) DO UPDATE SET rooms = EXCLUDED.rooms",
                [
                    (n.property_code, n.night, n.rooms, n.lead_guest, n.booking_ref)
                    for n in nights
                ],
            )
        log.info("pushed %d nights (%s to %s)", len(nights), start, end)
        return len(nights)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    from cycletouring.bookings import BookingStore

    sync = BookingSync(ChannelDbSettings.from_env(), BookingStore.from_env())
    sync.push_nights(date.today())


if __name__ == "__main__":
    main()
