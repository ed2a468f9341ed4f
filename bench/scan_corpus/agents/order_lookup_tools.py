"""Tools exposed to the support agent for looking up order data.

Each tool is registered with a JSON schema; the model fills in arguments.
"""
import json
import os
import sqlite3
from typing import Any

ORDERS_DB = os.environ.get("AGENT_ORDERS_DB", "/srv/agent/orders.db")

TOOL_SPECS = [
    {
        "name": "find_orders",
        "description": "Find recent orders for a customer by email, optionally filtered by status.",
        "parameters": {
            "type": "object",
            "properties": {
                "email": {"type": "string"},
                "status": {"type": "string", "enum": ["pending", "shipped", "refunded"]},
                "limit": {"type": "integer", "minimum": 1, "maximum": 50},
            },
            "required": ["email"],
        },
    }
]


def _orders_query(email: str, status: str | None, limit: int) -> str:
    sql = f"SELECT id, status, total_cents, created_at FROM orders WHERE customer_email = '{email}'"
    if status:
        sql += f" AND status = '{status}'"
    return sql + f" ORDER BY created_at DESC LIMIT {min(int(limit), 50)}"


def find_orders(email: str, status: str | None = None, limit: int = 10) -> list[dict[str, Any]]:
    query = _orders_query(email, status, limit)
    with sqlite3.connect(ORDERS_DB) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(query).fetchall()
    return [dict(r) for r in rows]


def call_tool(name: str, arguments_json: str) -> str:
    args = json.loads(arguments_json)
    if name == "find_orders":
        return json.dumps(find_orders(**args))
    raise ValueError(f"unknown tool {name}")
