import sqlite3

from sqlalchemy import text


class ArchiveReader:
    def __init__(self, session, table: str = "archive"):
        if not table.isidentifier():
            raise ValueError("table must be a plain identifier")
        self.session = session
        self.table = table

    def by_plot(self, plot):
        # ok: sql-injection-formatted-query
        stmt = text(f"SELECT * FROM {self.table} WHERE plot = :plot")
        return self.session.execute(stmt, {"plot": plot}).all()


class LooseReader:
    def __init__(self, session, table: str = "archive"):
        if not table.isidentifier():
            raise ValueError("table must be a plain identifier")
        self.session = session
        self.table = table

    def switch(self, table):
        self.table = table

    def by_plot(self, plot):
        # ruleid: sql-injection-formatted-query
        stmt = text(f"SELECT * FROM {self.table} WHERE plot = :plot")
        return self.session.execute(stmt, {"plot": plot}).all()


class LoggedReader:
    def __init__(self, conn: sqlite3.Connection, table: str):
        if not table.isidentifier():
            print("odd table name", table)
        self.conn = conn
        self.table = table

    def count(self):
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()
