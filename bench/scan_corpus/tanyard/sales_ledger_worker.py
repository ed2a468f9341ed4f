"""Database settings and tasks for the leather sales ledger worker.

The ledger worker posts despatched orders to the sales ledger and chases
overdue accounts; it logs where it is connecting on start-up so that support
can tell which environment a worker belongs to.
"""
import logging
import os

from celery import Celery
from celery.signals import worker_process_init
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("tanyard.sales.worker")
celery_app = Celery("sales_ledger", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
engine: Engine | None = None


def ledger_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["LEDGER_DB_USER"],
        password=os.environ["LEDGER_DB_PASSWORD"],
        host=os.environ.get("LEDGER_DB_HOST", "ledger-db"),
        port=int(os.environ.get("LEDGER_DB_PORT", "5432")),
        database=os.environ.get("LEDGER_DB_NAME", "ledger"),
    )


@worker_process_init.connect
def _open_engine(**_):
    global engine
    url = ledger_url()
    log.info("Sales ledger worker connecting to %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_size=3, pool_pre_ping=True)


@celery_app.task(name="ledger.post_despatch")
def post_despatch(order_no: str, total_pence: int, account_no: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO ledger_entries (account_no, order_no, amount_pence) "
                "VALUES (:account_no, :order_no, :amount)"
            ),
            {"account_no": account_no, "order_no": order_no, "amount": total_pence},
        )
    log.info("Posted order %s (%d pence) to account %s", order_no, total_pence, account_no)
