"""Engine and session helpers."""

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from .models import Base


def make_engine(url: str) -> Engine:
    return create_engine(url)


def init_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)


def make_session(url: str) -> Session:
    return Session(make_engine(url))
