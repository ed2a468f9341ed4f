import sqlite3

LOAN_ORDER = {
    "due": "l.due_on",
    "title": "b.title",
    "borrower": "m.surname",
}

LOANS_SQL = (
    "SELECT l.id, b.title, m.surname, l.due_on FROM loans l "
    "JOIN books b ON b.id = l.book_id JOIN members m ON m.id = l.member_id "
    "WHERE l.branch_id = ?"
)


def overdue_loans(conn: sqlite3.Connection, branch_id: int, sort: str, newest_first: bool, limit: int):
    column = LOAN_ORDER.get(sort, LOAN_ORDER["due"])
    direction = "DESC" if newest_first else "ASC"
    sql = LOANS_SQL + f" ORDER BY {column} {direction} LIMIT ?"
    # ok: sql-injection-formatted-query
    return conn.execute(sql, (branch_id, limit)).fetchall()


def overdue_loans_any_order(conn: sqlite3.Connection, branch_id: int, sort: str, limit: int):
    sql = LOANS_SQL + f" ORDER BY {sort} LIMIT ?"
    # ruleid: sql-injection-formatted-query
    return conn.execute(sql, (branch_id, limit)).fetchall()


def loans_for_surname(conn: sqlite3.Connection, branch_id: int, surname: str):
    # ruleid: sql-injection-formatted-query
    return conn.execute(LOANS_SQL + f" AND m.surname = '{surname}'", (branch_id,)).fetchall()
