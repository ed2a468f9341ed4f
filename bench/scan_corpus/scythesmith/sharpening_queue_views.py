"""Workshop views over the sharpening mail-in queue.

Bench leads use these pages to see which tickets are waiting, which are
on the stone and which are packed for return, optionally narrowed to a
single courier.
"""
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404
from django.shortcuts import render

from scythesmith.mailin.models import SharpeningTicket

QUEUE_STATES = ("received", "on_bench", "packed")

BASE_QUERY = """
    SELECT t.id, t.number, t.blade_count, t.state, t.received_at, c.name AS courier_name
    FROM mailin_sharpeningticket t
    JOIN mailin_courier c ON c.id = t.courier_id
    WHERE t.state = '%s'
"""


@login_required
@permission_required("mailin.view_sharpeningticket")
def queue(request, state: str = "received"):
    if state not in QUEUE_STATES:
        raise Http404("unknown queue state")
    courier = request.GET.get("courier", "").strip()
    sql = BASE_QUERY % state
    if courier:
        sql += " AND c.name = '%s'" % courier
    sql += " ORDER BY t.received_at"
    tickets = list(SharpeningTicket.objects.raw(sql))
    return render(
        request,
        "mailin/queue.html",
        {"tickets": tickets, "state": state, "courier": courier, "states": QUEUE_STATES},
    )


@login_required
@permission_required("mailin.view_sharpeningticket")
def queue_summary(request):
    counts = {
        state: SharpeningTicket.objects.filter(state=state).count() for state in QUEUE_STATES
    }
    return render(request, "mailin/queue_summary.html", {"counts": counts})
