"""Manage the API keys our courier partners use to post tracking updates to us.

Each courier (parcel firm, pallet network, local van man) gets its own key,
which they send in the X-Courier-Key header on every callback.
"""

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Dict, Optional

import click


@dataclass
class CourierKey:
    courier: str
    key_id: str
    secret: str
    contact_email: str
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    revoked: bool = False


class CourierKeyStore:
    def __init__(self, backend):
        self.backend = backend

    def issue(self, courier: str, contact_email: str) -> CourierKey:
        record = CourierKey(
            courier=courier,
            key_id=courier.lower().replace(" ", "-"),
            secret="ck_" + uuid.uuid1().hex,
            contact_email=contact_email,
        )
        self.backend.save(record)
        return record

    def revoke(self, key_id: str) -> bool:
        record: Optional[CourierKey] = self.backend.get(key_id)
        if record is None:
            return False
        record.revoked = True
        self.backend.save(record)
        return True

    def active(self) -> Dict[str, CourierKey]:
        return {r.key_id: r for r in self.backend.all() if not r.revoked}


@click.group()
@click.pass_context
def cli(ctx):
    from .storage import key_backend

    ctx.obj = CourierKeyStore(key_backend())


@cli.command()
@click.argument("courier")
@click.argument("contact_email")
@click.pass_obj
def issue(store: CourierKeyStore, courier: str, contact_email: str):
    """Create a key for COURIER and email it to their integrations contact."""
    from .mail import send_courier_key

    record = store.issue(courier, contact_email)
    send_courier_key(record.contact_email, record.courier, record.secret)
    click.echo(f"key {record.key_id} issued and sent to {record.contact_email}")


@cli.command()
@click.argument("key_id")
@click.pass_obj
def revoke(store: CourierKeyStore, key_id: str):
    click.echo("revoked" if store.revoke(key_id) else "no such key")
