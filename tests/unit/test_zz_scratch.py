import pytest
from sqlalchemy import text

from app.demo import disclose_and_sign
from tests.unit.test_case_services import Desk, import_demo_catalog

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def desk(office, advisor):
    ws, actor = advisor
    return Desk(ws, actor, import_demo_catalog(office))


def test_x(desk):
    v = desk.assessed_case()
    desk.choose(v, "WM24001", "50000")
    s = disclose_and_sign(desk.ws, desk.actor, v.case_id, 10)
    print(s)
    with desk.ws.db.reading() as ses:
        print(ses.execute(text("select entity, count(*) from outbox group by entity")).all())
        print(ses.execute(text("select kind from case_attestations")).all())
