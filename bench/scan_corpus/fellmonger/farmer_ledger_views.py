"""Ledger views showing farmers what they were paid for each consignment."""
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.views import View
from django.utils.decorators import method_decorator


LEDGER_COLUMNS = ("docket_no", "consigned_on", "pieces", "gross_cents", "levy_cents", "net_cents", "paid_on")


@method_decorator(login_required, name="dispatch")
class FarmerLedgerView(View):
    page_size = 50

    def season_clause(self, request) -> str:
        season = request.GET.get("season", "")
        if not season:
            return ""
        return " AND c.season = '" + season + "'"

    def ledger_sql(self, request) -> str:
        return (
            "SELECT c.docket_no, c.consigned_on, c.pieces, p.gross_cents, p.levy_cents, "
            "p.net_cents, p.paid_on FROM consignments c "
            "LEFT JOIN payments p ON p.consignment_id = c.id "
            "WHERE c.supplier_id = %s" + self.season_clause(request) +
            " ORDER BY c.consigned_on DESC LIMIT %s OFFSET %s"
        )

    def get(self, request):
        supplier_id = request.user.supplier_profile.supplier_id
        page = max(int(request.GET.get("page", 1)), 1)
        with connection.cursor() as cursor:
            cursor.execute(
                self.ledger_sql(request),
                [supplier_id, self.page_size, (page - 1) * self.page_size],
            )
            rows = [dict(zip(LEDGER_COLUMNS, r)) for r in cursor.fetchall()]
        net_total = sum(r["net_cents"] or 0 for r in rows)
        return JsonResponse({"page": page, "entries": rows, "net_cents": net_total}, json_dumps_params={"default": str})
