"""Command-line rotation of reseller API keys."""
import logging
import secrets

import click
from sqlalchemy import create_engine, func, update
from sqlalchemy.orm import Session

from goldbeater.models import ResellerApiKey
from goldbeater.reseller.handover import publish_to_reseller_admin
from goldbeater.settings import DATABASE_URL

logger = logging.getLogger("goldbeater.reseller.keys")


def mask(key: str) -> str:
    return f"{key[:4]}…{key[-4:]}" if len(key) > 12 else "****"


def rotate(session: Session, reseller_code: str) -> str:
    new_key = "gbk_" + secrets.token_urlsafe(30)
    session.execute(
        update(ResellerApiKey)
        .where(ResellerApiKey.reseller_code == reseller_code, ResellerApiKey.revoked_at.is_(None))
        .values(revoked_at=func.now())
    )
    session.add(ResellerApiKey(reseller_code=reseller_code, key_value=new_key))
    session.commit()
    logger.info("rotated API key for reseller %s, new key %s", reseller_code, mask(new_key))
    return new_key


@click.command()
@click.argument("reseller_code")
def main(reseller_code: str) -> None:
    engine = create_engine(DATABASE_URL)
    with Session(engine) as session:
        new_key = rotate(session, reseller_code)
    publish_to_reseller_admin(reseller_code, new_key)
    click.echo(f"Reseller {reseller_code}: key rotated ({mask(new_key)}), handed over via portal.")


if __name__ == "__main__":
    main()
