from __future__ import annotations

from overcast_common.identity import (
    ChainedCredentials,
    StaticCredentials,
    account_for_unknown_key,
    default_credential,
    root_credential,
    root_principal,
)


def test_root_principal_names() -> None:
    p = root_principal("123456789012", "AKID")
    assert p.arn == "arn:aws:iam::123456789012:root"
    assert p.principal_id == "123456789012" and p.account_id == "123456789012"
    assert p.principal_type == "Root" and p.access_key_id == "AKID" and p.verified


def test_default_account_and_its_configuration() -> None:
    c = default_credential({})
    assert (c.access_key_id, c.secret_access_key, c.principal.account_id) == ("test", "test", "000000000000")
    c = default_credential(
        {
            "OVERCAST_DEFAULT_ACCOUNT_ID": "222222222222",
            "OVERCAST_DEFAULT_ACCESS_KEY_ID": "AKIADEFAULT",
            "OVERCAST_DEFAULT_SECRET_ACCESS_KEY": "s3cret",
        }
    )
    assert (c.access_key_id, c.secret_access_key) == ("AKIADEFAULT", "s3cret")
    assert c.principal.arn == "arn:aws:iam::222222222222:root"


def test_unknown_keys_name_their_account_when_twelve_digits() -> None:
    assert account_for_unknown_key("123456789012", "000000000000") == "123456789012"
    assert account_for_unknown_key("AKIAFAKE", "000000000000") == "000000000000"
    assert account_for_unknown_key("12345678901", "000000000000") == "000000000000"


async def test_static_and_chained_lookup() -> None:
    first = StaticCredentials([root_credential("111111111111", "A", "a")])
    second = StaticCredentials()  # the built-in account
    chain = ChainedCredentials(first, second)
    assert (await chain.lookup("A")).principal.account_id == "111111111111"  # type: ignore[union-attr]
    assert (await chain.lookup("test")).principal.account_id == "000000000000"  # type: ignore[union-attr]
    assert await chain.lookup("nobody") is None
    first.add(root_credential("333333333333", "B", "b"))
    assert await chain.lookup("B") is not None
    first.remove("B")
    assert await chain.lookup("B") is None
