"""Reading mail without a database: the streamed mbox (envelopes, >From quoting, CRLF), header
decoding (RFC 2047, RFC 2231, raw 8-bit), dates from Received or the envelope, attached
messages, HTML reduced to text, charsets guessed when undeclared or wrong."""

from __future__ import annotations

import email
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from desktop_crm.services.mail.boundaries import canonical_boundaries
from desktop_crm.services.mail.charsets import decode_text
from desktop_crm.services.mail.html_text import html_to_text
from desktop_crm.services.mail.mbox import NotMbox, iter_mbox
from desktop_crm.services.mail.message import MailContext, NotMail, read_message

CONTEXT = MailContext("eml", "test", ("sales@firm.ru", "@firm.pl"))


def test_an_mbox_streams_with_envelopes_quoting_and_crlf(tmp_path: Path) -> None:
    box = tmp_path / "Inbox"  # Thunderbird's mailboxes have no extension
    box.write_bytes(
        b"\r\n"
        b"From a@x.ru Mon Mar  2 10:00:00 2026\r\nSubject: one\r\n\r\n>From the start\r\n"
        b"From here on, not an envelope (no empty line before)\r\n\r\n"
        b"From b@x.ru Tue Mar  3 11:00:00 2026 +0300\r\nSubject: two\r\n\r\nbody\r\n"
    )
    first, second = list(iter_mbox(box))
    assert (first.number, first.line, second.number, second.line) == (1, 2, 2, 8)
    tail = b"From the start\r\nFrom here on, not an envelope (no empty line before)\r\n"
    assert first.data.endswith(tail)
    assert first.envelope_date == datetime(2026, 3, 2, 10, 0)
    assert second.envelope_date == datetime(2026, 3, 3, 11, 0)
    assert second.data == b"Subject: two\r\n\r\nbody\r\n"
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"Subject: hi\n\nnot an mbox\n")
    with pytest.raises(NotMbox):
        list(iter_mbox(plain))


def test_a_message_split_across_read_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop_crm.services.mail.mbox.CHUNK", 7)
    box = tmp_path / "small.mbox"
    messages = [f"Subject: {n}\n\n".encode() + b"line\n" * n for n in range(1, 6)]
    box.write_bytes(b"".join(b"From x Mon Mar  2 10:00:00 2026\n" + m + b"\n" for m in messages))
    assert [m.data for m in iter_mbox(box)] == messages


def test_headers_in_every_encoding_and_dates_from_elsewhere() -> None:
    raw = (
        b"Received: from mx by mx; Tue, 03 Mar 2026 12:00:00 +0100\n"
        b'From: "Petrov, Ivan" <Ivan@Client.RU>, (comment) other@client.ru\n'
        b"To: undisclosed-recipients:;\n"
        b"Cc: =?utf-8?B?0JDQvdC90LA=?= <anna@firm.pl>\n"
        + "Subject: Сч\u0451т\n\n".encode("cp1251")
        + b"text\n"
    )
    item = read_message(raw, CONTEXT)
    assert item is not None
    assert item.subject == "Счёт"
    assert item.occurred_at == datetime(2026, 3, 3, 11, 0)  # from Received, in UTC
    assert [(p.role, p.raw) for p in item.parties] == [
        ("from", "ivan@client.ru"),
        ("from", "other@client.ru"),
    ]  # anna@firm.pl is at an own domain
    assert item.direction == "in" and item.external_id.startswith("mhash:")
    envelope = datetime(2026, 1, 1, 8, 0)
    undated = read_message(b"From: sales@firm.ru\nTo: c@client.ru\n\nx\n", CONTEXT, envelope)
    assert undated is not None and undated.occurred_at == envelope and undated.direction == "out"
    assert read_message(b"From: sales@firm.ru\n\nx\n", CONTEXT) is None  # no date anywhere


def test_attachments_by_rfc2231_and_rfc2047_names_and_attached_messages() -> None:
    inner = EmailMessage()
    inner["Subject"] = "Старое письмо"
    inner.set_content("inside")
    outer = EmailMessage()
    outer["From"] = "c@client.ru"
    outer["Date"] = "Mon, 02 Mar 2026 10:00:00 +0000"
    outer.set_content("see attached")
    outer.add_attachment(b"12345", "application", "octet-stream", filename="Счёт №1.xlsx")
    outer.add_attachment(inner)
    outer.add_attachment(b"png", "image", "png")  # an inline picture with no name
    item = read_message(outer.as_bytes(), CONTEXT)
    assert item is not None and item.body == "see attached"
    assert item.attachments == [
        {"name": "Счёт №1.xlsx", "size": 5},
        {"name": "Старое письмо.eml", "size": len(inner.as_bytes())},
        {"name": "(no name)", "size": 3},
    ]


def test_not_mail() -> None:
    with pytest.raises(NotMail):
        read_message(b"name;phone\nIvan;123\n", CONTEXT)


def test_html_to_text() -> None:
    html = (
        "<html><head><title>t</title><style>p{}</style></head><body><!-- hidden -->"
        "<script>var x = '<p>no</p>';</script><h1>Offer</h1><p>Price:&nbsp;10&euro;</p>"
        "<table><tr><td>a</td><td>b</td></tr></table>end<br/>line</body></html>"
    )
    assert html_to_text(html) == "Offer\n\nPrice: 10€\n\na b\n\nend\nline"


LETTER = "Добрый день! Пришлите, пожалуйста, счёт на оплату и договор поставки."
SHOUT = "СРОЧНО ОПЛАТИТЕ СЧЁТ ДО ПЯТНИЦЫ, ИНАЧЕ ОТГРУЗКА БУДЕТ ОТМЕНЕНА"


@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        ("Привет, как дела".encode("koi8-r"), None, "Привет, как дела"),
        ("Привет, как дела".encode("cp1251"), "utf-8", "Привет, как дела"),  # wrong charset
        ("Привет".encode("cp1251"), "x-unknown", "Привет"),
        ("Zażółć gęślą jaźń".encode("cp1250"), None, "Zażółć gęślą jaźń"),
        (LETTER.encode("cp1251"), "koi8-r", LETTER),  # the two Cyrillic code pages mixed up
        (LETTER.encode("koi8-r"), "windows-1251", LETTER),
        (LETTER.encode("koi8-r"), "koi8-r", LETTER),
        (SHOUT.encode("cp1251"), "windows-1251", SHOUT),  # capitals alone: as declared
        (b"plain", "windows-1251", "plain"),
    ],
)
def test_bodies_in_declared_wrong_or_missing_charsets(
    data: bytes, declared: str | None, text: str
) -> None:
    assert decode_text(data, declared) == text


STDLIB_SAMPLES = Path(email.__file__).resolve().parent.parent / "test" / "test_email" / "data"


def test_the_standard_librarys_own_sample_messages() -> None:
    """Python's own test messages (digests, bounces, broken boundaries, encoded names), where
    the interpreter ships its test suite: every one reads, none crashes."""
    if not STDLIB_SAMPLES.is_dir():
        pytest.skip("this Python has no test_email samples")
    samples = sorted(STDLIB_SAMPLES.glob("msg_*.txt"))
    assert len(samples) > 40
    read, not_mail = {}, []
    for path in samples:
        try:
            read[path.name] = read_message(path.read_bytes(), CONTEXT)
        except NotMail:
            not_mail.append(path.name)
    assert not_mail == ["msg_19.txt"]  # a digest's text without any header
    fish = read["msg_07.txt"]
    assert fish is not None and fish.subject == "Here is your dingus fish"
    assert fish.attachments == [{"name": "dingusfish.gif", "size": 3512}]
    assert fish.occurred_at == datetime(2001, 4, 20, 23, 35, 2)  # -0400 -> UTC
    digest = read["msg_02.txt"]
    assert digest is not None and digest.attachments is not None
    assert len(digest.attachments) == 5 and digest.attachments[0]["name"] == "[Ppp] testing #1.eml"
    undated = [name for name, item in read.items() if item is None]
    assert 0 < len(undated) < len(samples) // 2  # parts saved alone, test fragments


def test_boundaries_are_renamed_without_changing_what_is_read() -> None:
    raw = (
        b"From: a@client.ru\nDate: Mon, 02 Mar 2026 10:00:00 +0000\nContent-Type: multipart/mixed;"
        b'\n boundary="abc"\n\n--abc\nContent-Type: multipart/alternative; boundary=abcd\n\n'
        b"--abcd\nContent-Type: text/plain\n\nthe text, naming --abcx which is no delimiter\n"
        b"--abcd--\n--abc\nContent-Type: text/csv\nContent-Disposition: attachment; "
        b'filename="t.csv"\n\na;b\n--abc--\n'
    )
    renamed = canonical_boundaries(raw)
    assert b"abcd" not in renamed and b'"abc"' not in renamed
    assert renamed.count(b"=_crm_0_=") == 4 and renamed.count(b"=_crm_1_=") == 3
    assert b"--abcx" in renamed  # not a delimiter of this message: left alone
    item = read_message(raw, CONTEXT)
    assert item is not None
    assert item.body == "the text, naming --abcx which is no delimiter"
    assert item.attachments == [{"name": "t.csv", "size": 3}]  # the last newline is the delimiter's
    assert (
        canonical_boundaries(b"Subject: no parts\n\nboundary\n")
        == b"Subject: no parts\n\nboundary\n"
    )
