"""Database wiring for the processing (ingest/OCR) workers."""
import os
from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

DB_HOST = os.environ.get("PROCESSING_DB_HOST", "localhost")
DB_PORT = int(os.environ.get("PROCESSING_DB_PORT", "5432"))
DB_NAME = os.environ.get("PROCESSING_DB_NAME", "processing")
DB_USER = os.environ.get("PROCESSING_DB_USER", "ingest_svc")
DB_PASSWORD = os.environ.get("PROCESSING_DB_PASSWORD", "Ingest#Svc-2021!")
POOL_SIZE = int(os.environ.get("PROCESSING_DB_POOL", "10"))


def database_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=DB_USER,
        password=DB_PASSWORD,
        host=DB_HOST,
        port=DB_PORT,
        database=DB_NAME,
        query={"sslmode": "require", "application_name": "ingest-worker"},
    )


engine = create_engine(database_url(), pool_size=POOL_SIZE, pool_pre_ping=True, future=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope():
    session = SessionLocal()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()
