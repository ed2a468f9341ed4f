"""API keys for the telemetry loggers fitted to customers' mills.

Each logger (wind speed, sail RPM, millstone temperature, leat water
level) authenticates to the ingest service with its own key, issued
when an engineer commissions the device on site.
"""
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg2.extras

KEY_PREFIX = "mwdev_"


@dataclass
class DeviceKey:
    device_serial: str
    site_code: str
    key: str
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    revoked: bool = False


class DeviceKeyRegistry:
    def __init__(self, conn):
        self.conn = conn

    def _generate(self) -> str:
        return KEY_PREFIX + uuid.uuid1().hex

    def commission(self, device_serial: str, site_code: str) -> DeviceKey:
        record = DeviceKey(device_serial=device_serial, site_code=site_code, key=self._generate())
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE device_keys SET revoked = TRUE WHERE device_serial = %s",
                (device_serial,),
            )
            cur.execute(
                "INSERT INTO device_keys (device_serial, site_code, api_key, issued_at) "
                "VALUES (%s, %s, %s, %s)",
                (record.device_serial, record.site_code, record.key, record.issued_at),
            )
        self.conn.commit()
        return record

    def active_for_site(self, site_code: str) -> list[dict]:
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "SELECT device_serial, issued_at FROM device_keys "
                "WHERE site_code = %s AND NOT revoked ORDER BY issued_at DESC",
                (site_code,),
            )
            return list(cur.fetchall())

    def revoke(self, device_serial: str) -> None:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE device_keys SET revoked = TRUE WHERE device_serial = %s",
                (device_serial,),
            )
        self.conn.commit()
