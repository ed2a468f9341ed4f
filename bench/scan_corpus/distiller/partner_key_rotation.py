"""Rotation of API keys held by retail partners for stock feeds.

Retailers who list our single cask releases poll the stock feed with an
API key. Keys are rotated every ninety days by a management command.
"""
import hashlib
import logging
import secrets

import click

from feeds.models import PartnerKey, Retailer
from feeds.db import session_scope
from feeds.delivery import send_key_to_partner_portal

log = logging.getLogger("feeds.keys")


def fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()[:12]


def rotate_key(retailer: Retailer, session) -> str:
    new_key = "rtl_" + secrets.token_urlsafe(32)
    for old in session.query(PartnerKey).filter_by(retailer_id=retailer.id, revoked=False):
        old.revoked = True
    session.add(PartnerKey(retailer_id=retailer.id, key_hash=hashlib.sha256(new_key.encode()).hexdigest()))
    log.info("Rotated stock feed key for %s, new key fingerprint %s", retailer.slug, fingerprint(new_key))
    return new_key


@click.command()
@click.argument("retailer_slug")
def main(retailer_slug: str) -> None:
    with session_scope() as session:
        retailer = session.query(Retailer).filter_by(slug=retailer_slug).one()
        new_key = rotate_key(retailer, session)
        send_key_to_partner_portal(retailer, new_key)
    click.echo(f"Rotated key for {retailer_slug}, fingerprint {fingerprint(new_key)}")


if __name__ == "__main__":
    main()
