"""Groups (folders) of clients: a tree addressed by paths like "Partners/Moscow"."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, ValidationError
from desktop_crm.models import Client, Group, User
from desktop_crm.services.access import Permission, require

SEPARATOR = "/"
MAX_NAME_LENGTH = 255


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(Code.GROUP_NAME_EMPTY, field="group", value=name)
    if SEPARATOR in cleaned:
        raise ValidationError(
            Code.GROUP_NAME_SEPARATOR, field="group", value=name, separator=SEPARATOR
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            Code.GROUP_NAME_TOO_LONG, field="group", value=name, max_length=MAX_NAME_LENGTH
        )
    return cleaned


def split_path(path: str) -> list[str]:
    """["Partners", "Moscow"] for "Partners / Moscow"; blank segments are dropped."""
    parts = [" ".join(p.split()) for p in path.split(SEPARATOR)]
    return [p for p in parts if p]


def _child(session: Session, parent_id: int | None, name: str) -> Group | None:
    """The child of `parent_id` called `name`, compared case-insensitively (an import's
    "vip" is the base's "VIP")."""
    where = Group.parent_id.is_(None) if parent_id is None else Group.parent_id == parent_id
    siblings = session.scalars(select(Group).where(where))
    wanted = name.casefold()
    return next((g for g in siblings if g.name.casefold() == wanted), None)


def group_by_path(session: Session, path: str, create: bool = True) -> Group | None:
    """The group at `path` ("Parent/Child"), created with its parents when missing and
    `create` is true; None when missing and `create` is false."""
    parts = split_path(path)
    if not parts:
        raise ValidationError(Code.GROUP_PATH_EMPTY, field="group", value=path)
    parent: Group | None = None
    for part in parts:
        name = _clean_name(part)
        group = _child(session, parent.id if parent else None, name)
        if group is None:
            if not create:
                return None
            group = Group(name=name, parent=parent)
            session.add(group)
            session.flush()
        parent = group
    return parent


def group_path(group: Group) -> str:
    """ "Parent/Child" for a group (walks up its parents, loading them if needed)."""
    names = []
    node: Group | None = group
    seen: set[int] = set()
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        names.append(node.name)
        node = node.parent
    return SEPARATOR.join(reversed(names))


def group_paths(session: Session) -> dict[int, str]:
    """{group id: "Parent/Child"} for every group, in one query (groups are few)."""
    rows = session.execute(select(Group.id, Group.name, Group.parent_id)).tuples().all()
    by_id = {gid: (name, parent) for gid, name, parent in rows}
    paths: dict[int, str] = {}

    def path_of(gid: int, depth: int = 0) -> str:
        if gid in paths:
            return paths[gid]
        name, parent = by_id[gid]
        if parent is None or parent not in by_id or depth > 100:
            paths[gid] = name
        else:
            paths[gid] = path_of(parent, depth + 1) + SEPARATOR + name
        return paths[gid]

    for gid in by_id:
        path_of(gid)
    return paths


def group_subtree(session: Session, group_id: int) -> tuple[int, ...]:
    """The group and all its subgroups, at any depth (groups are few: one query)."""
    rows = session.execute(select(Group.id, Group.parent_id)).tuples().all()
    children: dict[int | None, list[int]] = {}
    for gid, parent in rows:
        children.setdefault(parent, []).append(gid)
    found, stack = [group_id], [group_id]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.append(child)
                stack.append(child)
    return tuple(found)


@dataclass(frozen=True)
class GroupNode:
    """A group with its subgroups, for a folder tree."""

    id: int
    name: str
    path: str
    depth: int
    children: tuple[GroupNode, ...] = field(default=())


def group_tree(session: Session) -> list[GroupNode]:
    """All groups as a tree: root groups sorted by name, each with its sorted subgroups."""
    rows = session.execute(select(Group.id, Group.name, Group.parent_id)).tuples().all()
    children: dict[int | None, list[tuple[int, str]]] = {}
    ids = {gid for gid, _, _ in rows}
    for gid, name, parent in rows:
        children.setdefault(parent if parent in ids else None, []).append((gid, name))

    def build(parent: int | None, prefix: str, depth: int) -> tuple[GroupNode, ...]:
        nodes = []
        for gid, name in sorted(children.get(parent, []), key=lambda c: c[1].casefold()):
            path = f"{prefix}{SEPARATOR}{name}" if prefix else name
            nodes.append(GroupNode(gid, name, path, depth, build(gid, path, depth + 1)))
        return tuple(nodes)

    return list(build(None, "", 0))


def create_group(session: Session, actor: User, name: str, parent_id: int | None = None) -> Group:
    """A new group under `parent_id` (or at the root); a sibling of the same name is refused."""
    require(actor, Permission.EDIT_CLIENTS)
    name = _clean_name(name)
    if parent_id is not None and session.get(Group, parent_id) is None:
        raise NotFound(Code.GROUP_PARENT_GONE)
    if _child(session, parent_id, name) is not None:
        raise ValidationError(Code.GROUP_EXISTS, field="group", name=name)
    group = Group(name=name, parent_id=parent_id)
    try:
        with session.begin_nested():  # a colleague may make the same group at this moment
            session.add(group)
    except IntegrityError:
        raise ValidationError(Code.GROUP_EXISTS, field="group", name=name) from None
    return group


def rename_group(session: Session, actor: User, group_id: int, name: str) -> Group:
    require(actor, Permission.EDIT_CLIENTS)
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound(Code.GROUP_GONE)
    name = _clean_name(name)
    other = _child(session, group.parent_id, name)
    if other is not None and other.id != group.id:
        raise ValidationError(Code.GROUP_EXISTS, field="group", name=name)
    group.name = name
    session.flush()
    return group


def move_group(session: Session, actor: User, group_id: int, parent_id: int | None) -> Group:
    """Move a group (with its subgroups and clients) under `parent_id`, or to the root."""
    require(actor, Permission.EDIT_CLIENTS)
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound(Code.GROUP_GONE)
    node = session.get(Group, parent_id) if parent_id is not None else None
    if parent_id is not None and node is None:
        raise NotFound(Code.GROUP_PARENT_GONE)
    while node is not None:
        if node.id == group.id:
            raise ValidationError(Code.GROUP_MOVE_INSIDE, field="group")
        node = node.parent
    other = _child(session, parent_id, group.name)
    if other is not None and other.id != group.id:
        raise ValidationError(Code.GROUP_EXISTS, field="group", name=group.name)
    group.parent_id = parent_id
    session.flush()
    session.expire(group, ["parent"])
    return group


def group_client_counts(session: Session) -> dict[int, int]:
    """{group id: clients directly in it}, for the groups that have any."""
    rows = session.execute(
        select(Client.group_id, func.count())
        .where(Client.group_id.is_not(None))
        .group_by(Client.group_id)
    ).tuples()
    return {int(gid): int(n) for gid, n in rows if gid is not None}


def delete_empty_group(session: Session, actor: User, group_id: int) -> None:
    """Delete a group that holds no client and no subgroup; refused otherwise, so nobody's
    clients lose their group by a slip in Settings."""
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound(Code.GROUP_GONE)
    clients = session.scalar(select(func.count()).where(Client.group_id == group_id)) or 0
    subgroups = session.scalar(select(func.count()).where(Group.parent_id == group_id)) or 0
    if clients or subgroups:
        raise ValidationError(
            Code.GROUP_NOT_EMPTY,
            field="group",
            name=group.name,
            clients=clients,
            subgroups=subgroups,
        )
    delete_group(session, actor, group_id)


def delete_group(session: Session, actor: User, group_id: int) -> None:
    """Delete a group and its subgroups. Their clients stay, without a group."""
    require(actor, Permission.DELETE_CLIENTS)
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound(Code.GROUP_GONE)
    session.delete(group)
    session.flush()
