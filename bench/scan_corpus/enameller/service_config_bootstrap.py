"""Start-up configuration for the order and proofing service."""
import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine, make_url

log = logging.getLogger("enameller.bootstrap")


@dataclass
class ServiceConfig:
    database_url: URL
    redis_url: str
    artwork_dir: str
    proof_email_from: str
    feature_flags: set[str] = field(default_factory=set)


def from_environment(env=os.environ) -> ServiceConfig:
    flags = {f.strip() for f in env.get("ENAMELLER_FLAGS", "").split(",") if f.strip()}
    return ServiceConfig(
        database_url=make_url(env["DATABASE_URL"]),
        redis_url=env.get("REDIS_URL", "redis://localhost:6379/0"),
        artwork_dir=env.get("ARTWORK_DIR", "/srv/enameller/artwork"),
        proof_email_from=env.get("PROOF_EMAIL_FROM", "proofs@example-enamels.co.uk"),
        feature_flags=flags,
    )


def describe(config: ServiceConfig) -> dict:
    return {
        "database": config.database_url.render_as_string(hide_password=True),
        "artwork_dir": config.artwork_dir,
        "proof_email_from": config.proof_email_from,
        "flags": sorted(config.feature_flags),
    }


def build_engine(config: ServiceConfig) -> Engine:
    engine = create_engine(config.database_url, pool_pre_ping=True, future=True)
    log.info("service configuration: %s", describe(config))
    return engine


def bootstrap() -> tuple[ServiceConfig, Engine]:
    config = from_environment()
    os.makedirs(config.artwork_dir, exist_ok=True)
    engine = build_engine(config)
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    log.info("database reachable at %s", config.database_url.host)
    return config, engine
