"""Common first names (Russian, Kazakh and other Central Asian, Polish, English): the hint that
tells "Анна Петрова" from "Петрова Анна" when a full name is split (CTL-6). Small on purpose:
a name missing here only makes a split doubtful, so a person reviews it."""

from __future__ import annotations

_RUSSIAN = """
александр алексей анатолий андрей антон аркадий арсений артем артём артур богдан борис вадим
валентин валерий василий вениамин виктор виталий владимир владислав всеволод вячеслав геннадий
георгий герман глеб григорий давид даниил данила денис дмитрий евгений егор захар иван игнат
игорь илья иннокентий иосиф кирилл константин лев леонид макар максим марк матвей михаил никита
николай олег павел петр пётр платон роберт родион роман ростислав руслан савва святослав семен
семён сергей станислав степан тарас тимофей тимур федор фёдор филипп эдуард юрий яков ярослав
фома кузьма лука никифор ефим прохор мирон демид елисей саша миша коля дима женя паша
александра алена алёна алина алиса алла анастасия ангелина анна антонина валентина валерия
вера вероника виктория галина дарья диана ева евгения екатерина елена елизавета жанна зинаида
зоя инна ирина карина кира клавдия кристина ксения лариса лидия лилия любовь людмила маргарита
марина мария милана надежда наталья наталия нина оксана ольга полина раиса регина светлана
софья софия таисия тамара татьяна ульяна эльвира юлия яна ярослава маша таня оля лена катя
"""

_CENTRAL_ASIAN = """
абай айбек айдар айдос айдын алмас алихан арман асан аскар асхат аслан бакыт батыр бауыржан
берик болат галым данияр даурен дархан димаш ерболат ергали ерлан ермек ержан жандос жанибек
жомарт канат кайрат касым мадияр максат марат медет мурат нуржан нурлан нурсултан олжас рашид
ринат рустам рустем самат серик султан талгат тимур улан хасан чингиз шамиль эльдар ильдар
гасан гусейн мамед фарид ильхам расул ахмед азамат бахтияр бекзат дамир санжар фархад
айгуль айгерим айжан айнур алия асель асем балжан гаухар гульнара гульмира дана динара жанар
жибек жулдыз зарина камила карлыгаш ляззат мадина макпал меруерт назгуль нургуль салтанат
сауле томирис шолпан эльмира айсулу аружан гульнур лейла севиль зульфия фатима
"""

_POLISH = """
adam andrzej antoni bartosz bartłomiej dariusz dawid grzegorz henryk jacek jakub jan janusz
jarosław jerzy józef kamil karol krzysztof łukasz maciej marcin marek mariusz mateusz michał
mikołaj paweł piotr przemysław rafał robert roman ryszard sebastian stanisław szymon tadeusz
tomasz wiesław wojciech zbigniew zdzisław kazimierz leszek lech bogdan wacław witold
agata agnieszka aleksandra alicja anna barbara beata bożena danuta dorota elżbieta ewa ewelina
grażyna halina irena iwona jadwiga joanna jolanta justyna kamila karolina katarzyna krystyna
magdalena małgorzata maria marta monika natalia patrycja renata sylwia teresa urszula wanda
weronika zofia zuzanna wiktoria julia maja helena kinga dominika filip kacper wiktor oskar
igor hubert
"""

_ENGLISH = """
adam alan albert alexander andrew anthony arthur benjamin bill bob brian charles chris
christopher daniel david dennis donald edward eric frank fred gary george gregory harry henry
jack jacob james jason jeffrey jerry john jonathan joseph joshua kenneth kevin larry mark matthew
michael nicholas patrick paul peter philip ralph raymond richard robert ronald ryan samuel scott
stephen steven thomas timothy tom walter william
alice amanda amy angela ann anna anne barbara betty carol catherine christine deborah diana
donna dorothy elizabeth emily emma grace hannah heather helen jane janet jennifer jessica joan
judith julia julie karen kate katherine kathleen laura linda lisa margaret maria marie mary
megan melissa michelle nancy olivia pamela patricia rachel rebecca ruth sarah sharon sophia
susan teresa victoria virginia simon oliver luke lucy claire chloe amelia sophie charlotte
harry ben sam joe ella isla ava mia poppy freya evie lily noah leo oscar alfie charlie archie
freddie ethan isaac
"""

# First names that are common surnames too ("Simon Scott", "Oliver James"): beside a word that
# is not on the list, they do not tell which of the two is the first name.
_ALSO_SURNAMES = """
james thomas scott lee
"""

_BLOCKS = (_RUSSIAN, _CENTRAL_ASIAN, _POLISH, _ENGLISH)
FIRST_NAMES = frozenset(word.replace("ё", "е") for block in _BLOCKS for word in block.split())
ALSO_SURNAMES = frozenset(_ALSO_SURNAMES.split())


def is_first_name(word: str) -> bool:
    """A common first name, in any case, ё read as е; a double name ("Касым-Жомарт",
    "Jean-Paul") when each half is one."""
    key = word.casefold().replace("ё", "е")
    if key in FIRST_NAMES:
        return True
    halves = key.split("-")
    return len(halves) > 1 and all(half in FIRST_NAMES for half in halves)


def is_surname_too(word: str) -> bool:
    """A first name that is a common surname as well ("Scott", "James")."""
    return word.casefold() in ALSO_SURNAMES
