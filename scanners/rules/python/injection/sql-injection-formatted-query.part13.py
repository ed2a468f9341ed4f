import psycopg
from sqlalchemy import text

LEDGER_SQL = text("SELECT entry_no, booked_on, amount FROM ledger WHERE member = :member")


class LedgerListing:
    base_sql = "SELECT entry_no, booked_on, amount FROM ledger WHERE member = %s"

    def __init__(self, conn, member: int, order: str = "booked_on", direction: str = "desc"):
        self.conn = conn
        self.member = member
        self.order = order
        self.direction = "ASC" if direction == "asc" else "DESC"

    def sql(self) -> str:
        # a clause after a placeholder for the statement, its column taken from the caller
        # ruleid: sql-injection-formatted-query
        return "{} ORDER BY {} {}".format(self.base_sql, self.order, self.direction)

    def rows(self):
        with self.conn.cursor() as cur:
            cur.execute(self.sql(), (self.member,))
            return cur.fetchall()


class FixedLedgerListing:
    base_sql = "SELECT entry_no, booked_on, amount FROM ledger WHERE member = %s"

    def __init__(self, conn, member: int, direction: str = "desc"):
        self.conn = conn
        self.member = member
        self.direction = "ASC" if direction == "asc" else "DESC"

    def sql(self) -> str:
        # only fixed text goes in: the statement and one of two literals
        # ok: sql-injection-formatted-query
        return "{} ORDER BY booked_on {}".format(self.base_sql, self.direction)

    def rows(self):
        with self.conn.cursor() as cur:
            cur.execute(self.sql(), (self.member,))
            return cur.fetchall()


def paged_query(base_sql, limit_col):
    # ruleid: sql-injection-formatted-query
    return "%s ORDER BY %s" % (base_sql, limit_col)


class LedgerStatementBuilder:
    def __init__(self, session):
        self.session = session

    def entries(self, member):
        return self.session.execute(LEDGER_SQL, {"member": member}).all()

    def overview(self, member, start, end):
        entries = self.entries(member)
        # a dict of figures for the caller, not a statement
        # ok: sql-injection-formatted-query
        return {
            "member": member,
            "period": f"{start.isoformat()}..{end.isoformat()}",
            "count": len(entries),
        }

    def member_sql(self, member):
        # ruleid: sql-injection-formatted-query
        return f"SELECT entry_no FROM ledger WHERE member = '{member}'"
