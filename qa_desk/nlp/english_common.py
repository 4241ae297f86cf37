"""Common English words, for telling a capitalised word in a news name ("the Moon", "Stock Exchange")
from a proper name that a translation must keep ("Sherman", "Gaziantep").

Built once from the lower-case words that occur at least twice in three public-domain
English novels (Alice's Adventures in Wonderland, Candide, Jane Eyre: Project Gutenberg
texts, via the TransRead alignment data) plus news vocabulary written for qa-desk.
Proper names are never lower case there, so none is in the list.
"""
from __future__ import annotations

from functools import lru_cache

WORDS = frozenset("""
abbath abbe abbit abel abide able abominable about above abroad absolutely absurd absurdly abuse acambo
accident accidents accompanied accord according accordingly accosted account accounts accused accustomed ach
ack acknowledged acquaintance acquainted acquette acquire acres across act acted acting action actress acts
actually adajoz adam added adding addressed addressing adiz administration admirable admiral admiration
adorned adua advanced advantage adventure adventurers adventures advice advisable advise ady aesar affair
affairs affected affection affectionate afraid african after afternoon afterwards again against age agency
aglet ago agree agreeable agreed agreement agrees ahomet aid aint air airlines airport airways aith ajesty ake
alarm alarmed alas alcayde alestrina alive all alliance allow allowed allows almost alone along aloud alps
already also alta alternately altogether always amazed amazement amazing amends american ames among amorous
amos ample ampourdos amuse amused anada ancient ancients and anderdendur andide ane anger angloss angrily
angry anichaean animal animals anissaries another answer answered answers anthem anxiously any anybody anyone
anything apan apartment ape appear appearance appeared appearing appened apples applied appointed approached
approve approved apt aptain araguay araguayans arbor arch archbishop archdeacon archioness arctic are argued
argument aris arliament arm arm-chair armed armies arms army arnival arolignac aron aroness arranged arrara
arrival arrived arseilles art artful artin arts ary ascarenes asian aside ask asked asking asleep ass assa
assailed assembly assist assistance assisted asso association assumed assure assured aster astonished
astonishment atavia ate aterpillar ateshead ather atitude atlantic attached attacked attempt attempted attend
attendant attended attending attention attentively atter ature auchat aucus-race author authorities authority
auto-da-fe ave avoid award awards aware away awoke aybe ayenne baby back backs backside bacon bad bank banks
baraa barbarous barbarously barber bare bares bark baron baronesses barons barren barrier barrowful bashaws
bat bathe bathed bathing bats battle bay bayonets bbot bear bears beasts beat beaten beating beauties
beautiful beautifully beauty became because become bed bedewed bedside been befallen before beg began begged
begin beginning begins begun behavior beheld behind behold being believe believed belly belong belonged
belonging belongs beloved below bench bend beneath benefactor beside besides besieged best bestowed better
between beyond bird birds birth bit bitter black blacks blank bled blemishes bless blessed blind blood blow
blown blows blues blushed board boat bodies body boil bold bond bonds bones bons book books born borne bosom
both bottle bottom bought bound bow bowed box boy brain brains brave bread break breakfast breast breasts
breath breathe breathed breathing bridge bright brilliant bring bringing broke broken brother brought brown
brutal bserve built bullets buried burn burned burning burst busily business busy but butter buttock cabinet
cademy cadi cadis cake cakes call called calling came can candidates candle cannon cannot canoe cap capacity
capital captain captivity carcely cards care carefully caressed carriage carriages carried carry carrying case
cast castle castles cat catch catching cats caught cauldron cause caused causes cautiously ccordingly ceased
ceaseless ceiling center central centre centuries ceremony certain certainly chain chained chair chamber
championship championships chance chanced change changed changes changing channel chapel characters charged
charitable charity charmed charming charter che cheat cheeks cheer child children chimney chin chmet chocolate
choice choose chop chorus chose chosen church churchyard ciences circumstance circumstances citrons city civil
civilities civility claws clay clear clearly clerk clever cloak clock close closed cloth clothes cloud clouds
coach coalition coast coaxing coffee coglan coglioni cold collection college come comfits comfort coming
command commended commerce commission commissioner commit committed committee common commonwealth companions
company compassion compelled complain complained complete composed concatenation concealed conceive conceiving
concern concerned concert conclude concluded condemn condemned condescend condition conduct conducted
conference confess confined confounded confused confusion congress conscience consequence consequently
conservative conservatives consideration considered considering consolatory consternation constitution consult
contained contempt contemptuously contented continually continue continued contrary conversation converted
conveyed convince convinced convulsions cook cook-wench cool cordiality corner corp corporation corsair cost
could couldn council country county couple courage course court courtier courts covered crash crawl created
creation creature creatures creep crew cried cries crime croquet cross crowd crowded crown crowned crowns
crucial cruel cruelly cruelty cry crying cultivate cunning cup cupboards cur cure cured curiosity curious
curled curls cursed curtain curtains custom customary cut cutting daily danger dangerous danube dare dared
dark darkly darkness daughter daughters day days dead deal dear dearly dears death decided decidedly deck
declared declaring deep deeply defend defender defense degree delicate delight delighted delightful deliver
deliverance delivered deliverer demand demanded democrat democratic democrats demolished demonstrable
demonstrated denied depart department dependent deplorable deprived dervish described desert deserved
deserving design designed desire desired despair desperate destroy destroyed destruction detain determine
determined detest detestable dethroned devil devils devotees devour devoured diamond diamonds did didn die
died difference different difficult difficulty dignity dim dine dinner dipped direction directions directly
dirty disagreeable disasters discipline disconsolate discord discourse discover discovered disgust dish dishes
dislikes disorder disposed disposition dispute disputed disputes disputing dissatisfied dissected dissecting
distance distant distinction distracted distress distressed district disturbed divers diversions divert
divided divine doctor doctrine does doesn dog doge dogs doing domestic dominions don done doomed door doors
doth doubt doubted doubtfully doubtless down dozen dragged drapery draw drawing drawing-room drawn dread
dreadful dreadfully dream drear dreary dress dressed drew drill drink drinking drive driven drop dropped
drowned drowning drunk dry due dull dungeon dunghill during dust duty dward dwelt dwin dying each ead eagerly
eally ear earls earnest earnestly ears earth earthquake earthquakes ease easily east easy eat eaten eath
eating eaven ecause edge editerranean education eed efell effect effected effects effendis eggs egro eight
eignor eing either elbow elegant ell else embarked embraced embracing emeralds emergency empire employed
employment empty encouraging end endeavoured endure enemies enemy eneral energy enetian engaged engagement
engaging engineers enice enjoy enormous enough enraged enry entangled enter entered entertain entertained
entertainment entirely entlemen entrance entreat envy eorgiana equal equally ercia ere erhaps erigord erman
ermany ernando ero erpent ertainly ery escape escaped esides especially essere essie established estate
estphalia estphalian esuit esuits eturning eunuch eunuchs european even evening evenings event events ever
everend every everybody everyone everything everywhere evil ewick ews exactly examined examining excellent
except exchange excited exclaimed excommunicated execrable executed exercise exhausted existence existing
expected expecting expedient expedition expense experience experienced expiring explain explained exposed
express ext extraordinary extreme extremely extremity eye eyebrows eyes face faces fact fail failed fainted
fair fairy faithful fall fallen falling false familiar family famine famous fan fanatics fancied fancy far
fare farm farther fascinated fashion fast fate father fathers fatigue fault favor favorable favorite favors
fear feared feast feathers fed federal feeble feel feeling feelings feet fell fellow fellows felt female
ferrets fetch fetched fetishes few fifteen fifth fifty fight figure figures file files fill filled final
finals find finding finds fine finely finest finger finish finished fire firm first fit five fixed flagellated
flames flat fleet flesh flew flight flogged flood floor florins flowers flung fly flying folded follow
followed following follows fond fondness foolish fools foot footman for force forces foreigners forest forever
forget forgetting forgot forgotten forlorn form formed former fort forth fortnight fortunate fortunately
fortune fortunes forum forward fought found foundation fountains four fourteen fourth frantic free freedom
frequent frequently fresh-colored friar frica friend friends fright frighten frightened frightful frog from
front frontiers fruit fter full fund funds funny fur furnished further fury gain galaxy gallant gallery galley
galleys game games garden gardens gate gathering gauntlet gave gay general generally genius gentle gentleman
gentlemen gently gentry get getting ghost girl girls give given giving glad glass glittering global globe
gloom gloomy glory gloves goblets godmother goes going gold golden gondoliers gone good good-natured goodness
goose got govern government gown graceful gracious grand grandeur grant granted grass gravely great greater
greatest greatly green greens grew grief grin grinned ground group grow growing growl grown grunted guard
guards guess guessed guilty gulf habit had hadn hair half half-dead hall ham hand handed handkerchief hands
handsome hanged hanging happen happened happening happens happiest happiness happy haranguing harbor harbour
hard hardly harles harm harmony harsh has haste hastily hat hate have haven having havoc hawks head heads
headstrong health heap hear heard hearing heart hearth heartily hearts heatin heaven heavens heavy hedge heels
height heights heir held help hem hemisphere hen hence heodore her herald here herefore hero heroes heroic
hers herself hese heshire hesitate hesitation hey hich hideous high highest hile hills hilt him himself hint
hired his history hit hite hither hitherto hoarse hoever hoisted hold holding holdings holds holy home honest
honor honored honors honour hookah hope hopes hoping horrible horribly horrid horror horse horses hose
hospital hot hou hough hour hours house houses how however howling hree hristian human humanity humbly
hummingbirds hunder-ten-tronckh hundred hung hunger hungry hunting hurch hurried hurry hurrying hurt hus
husband ichard idea ideas idle ieppe igeon igging ighness ighnesses ignorance ignorant igueora igure ike
ilence ill ill-natured illiam illustrious ilton ima imaginable imagine imagining ime immediately immense
impatiently imperfect important impossible impudence inaccessible inah inc incessantly inches incision
inclination inclined inconsiderable increased ind indeed indian indifference indifferent indignantly
industries inexpressible infected infidelity information informed ing ingenuous ings inhabitants inhabited
injustice inn innocence innocent innocently inns inquietude inquire inquired inquiries inside insipid
insolence inspired instance instant instantly instead institute insult insupportable insurance intelligence
intended intent intention interest interesting international interpreter interrupted intervals intimate into
introduce introduced introductory invitation invited ire iroflee irst isbon iscayan ish isit island islands
isles isn iss issis istory ith its itself ive jail jar jaws jealousy jesting jewels join joined journal
journey joy judge judgment jumped jury just justice keep keeping keeps kept key kick kicked kicks kid kill
killed killing kind kindly kindness kinds king kingdom kings kiss kissed kitchen knave kneel knees knew
knocked knocking knot know knowing knowledge known knows label labor labour lackey lad laden ladies lady laid
lake lakes land landed landlord language large larger largest las lash lashes last lasted late lately later
latter laughed laughing launch law lawn laws lay laying league leagues learn learned learning lease least
leave leaves leaving lecture led left lefthand leg legs length less lessons lest let letter letters lexandria
lgiers liberal liberals liberty library lice lie lies life light like liked likely likewise limbs line linen
lips liquors listen listened listening literature little live lived livery lives living liza loaded lock
locked locks lodged lofty lonely long longed longer look looked looking lord lords lose losing loss lost lot
loud louder love loved lovely lovers low lower ltd luster lusty lying machine machinists mad madam made
magistrate magnificent mahogany maid maids main maintain maintained majestic make makes making mama man manage
managed mankind manner manners many marble march marched marchioness marines marked market markets marriage
married marry mars master masterpiece masters match materials matter matters maxims may meadow mean meaning
means meant meantime measure media meet meeting meets melancholy memory men mention mentioned merchant mercy
mere merely merica merit messages messenger met metaphysician metaphysics mice middle midst might miles
military milk million millions mind mine ministry minute minutes miracle mirror miserable miseries misery
misfortune misfortunes miss missed mistake mistaken mistress mitre mixed mmediately moderate moidores moment
moments monarch monarchs monastery money monkeys monks monster monsters month monthly months mood moon moral
more morning morsel mortals most mother motors mots mount mountain mountains mournful mournfully mouse mouth
move moved movement moving mperor mpire much muchness mufti mulattoes multitude murder murdered murderer
mushroom music musicians musketeers must mustachio muttered muttering myrna myself nabaptist naked name named
names narrow nation national nations native natural naturally nature naughty navy nay ncas nce ndalusian ndeed
ndian near nearer nearly neat neatly necessarily necessary necessity neck need neighborhood neighboring
neither nephew nerves never nevertheless new news next ngland nglish nibbled nibbling nice night nile nine nly
nobel noble nobleman nobody nod noise none nonsense noon nor north northern nose nosegay not note nothing
notice noticed notion notions notwithstanding nourishment now nowhere nquisition nquisitor nquisitors
ntichrist number nurse nursery nursing nuts oar oars oast oath oats obedient obeisance obeyed object objects
obligations obliged obliging obody observation observed occasion occasionally occasioned occasions occupied
occurred ocean ocinian ococurante octor odd odo oes off offend offended offer offered office officer officers
often ohn oil ointment oland old older olland ollege olumbus oly olympic olympics oman ome omer ommandant
ompostella once ondon one ones ongitude only onqueror onsieur onstantinople ood ook oor oors ootman ope open
opened opening opera operation opinion opportunity opposed oppressed orado orange orator orcar ord ordeaux
order ordered orders ordship original ormandy ormouse orocco orthumbria ortsmouth ortugal ortuguese ory oscar
oscars ossibly ost oth other others otherwise othing ought ould ound ounds ountry our ours ourselves ouse out
out-of-the-way outh outside ouza over overboard overnor overwhelmed owever owing own pacific pack pact page
pages paid pain painted paintings pair palace pale palpitating paltry pamphlet-manger paniard paniards panish
panting paper paradise paragon pardon parents parish park parliament parrots part parted particular
particularly parties parting parts party pass passage passed passengers passing passion passionate passions
past patience patiently pattering paused paw paws pay paying payment peace peak pebbles peeped penetrated
penetrating peninsula penny people pepper perceive perceived perceiving perfect perfectly performed perhaps
perished permission permit permitted perpetually person personal persons persuaded phantoms philosopher
philosophers philosophical philosophy physical physicians piastres pick picked picture pictures piece pieces
piercing pig pigeons pinched pink pious pirate pistachio pistoles pitch piteous pity place placed places
plague plain plainly plan planet plate play played players playhouse playing plays pleaded pleasant please
pleased pleases pleasing pleasure pleasures plenty plump pocket poem poet poets point pointing poison police
polite politely politeness pon pool poor port possessed possesses possession possible possibly post post-
chaise pounds power powerful practice praised pray prayers preached preceptor precious precipices precocious
prefer preferable prepared preparing presence present presented presently presents preserve pressed presume
pretend pretended pretty prevail prevent prey price prices pride priest priests prince princes princess
principles prison private privilege prix prize prizes probable probably proceed proceeded procure procured
prodigious produce produced producing productions productive profession profound promise promised pronounced
proper properly proposal proposed prospect prove proved provided province provinces provision provisions
prudent ptimism public pulled pulling punish punished punters pupil puppy purchase purchased pure purity
purpose purring pursuit put putting puzzled puzzling quarrels quarter quarterings quarters queen queer
question questions quick quicker quickly quiet quietly quit quite quitted quoits rab rabbit rabbit-hole race
railway rain raised raising rammer ran rance ranciscan rand rank ransom ransylvanian rapid rapidity rapidly
rapier raptures rascally rate rather rats ravelers raving ravished raw ray reach reached reaching read readily
readiness reading ready real reality really reason reasoned reasoning reasonings recall receipt receive
received reception reckoning recover recovered recovering red red-room redoubled reduced reflection
reflections refrain refreshed refreshments refused regard regiment region regretted reillons rejoined relate
related relations religion religious remain remainder remained remaining remark remarkable remarked remarking
remarks remember remembered remembrance rench render rendered renounced renta repast repeat repeated replied
reply report representation representative representatives represented republic republican republicans request
resemblance resently reserve resign resolution resolved respect respectful rest restored retain retired return
returned returning reverend review revolution rhine riar rich riches richest richly riddles ride ridiculous
right rince rincess ring ringlets riosto ripoli ripped rise rising rival river rizes road roast rob robbed
robes rock rocks rom romance roof room roots ropontis rose roses rother round rovidence rovincial row rowed
rrive rubbed rubbish rubies rude ruin ruins rules rumbling run running rush rushed sad saddled sadly safe
safely sage said sail sailor sake salt salute same sanbenito sand sang sat satisfaction satisfied savage save
saved saw say saying says scandal scarce scene scenes scholar school schoolmaster sciagura scream screamed
screen scullion sea search seas seat seated second secret secured security see seeing seem seemed seems seen
seized seldom sell senate senator send sending sense senses sensible sent sentiments senza sequins seraglio
sergeant serious sermon sermons serpent serpents servant servants serve served service services set setting
seven seventy-two several severely sex sexes shades shaking shall shalt shame shan shape shaped share shares
sharp sharply she shed shedding sheep shelves shift shining ship shipping ships shocked shocking shook shoot
shore shores short shorter shot should shoulder shoulders shouldn show showed shower showing shriek shrinking
shut shutting sia sick side sides sigh sighed sight sign signs silence silent silicon silly similar simple
simplicity simply sin since sing singing single singular sinking sir sister sisters sit sitting six sixth size
skin skipper sky slain slave slavery slaves sleep sleepy slept slight slightest slipped slowly small smaller
smallest smile smiling smoking snatch sneaking sneezes sneezing snow sobs sociable social society sofa soft
softly sold soldier soldiers solemn solemnly solid solitary some somebody something sometimes somewhat
somewhere son song sonnets sons soon sooner sores sorrowful sort sorts soul souls sound sounded soup south
sovereign space spacious sparkled speak speaking species spectacles speech speechless spend spent spied spirit
spirits spit spite spits spitted splashing spoiled spoke spot spread spring square sraelite ssachar stable
staircase stairs stand standing stars started starving state states station stay stayed steadfastly step
sternly stick still stir stirred stirring stock stockings stone stones stood stool stop stopped stopping
stored stories storm story stout straight strait straits strange stranger strangers strangled stream street
streets strength strengthened stretched strike striking stripped strong struck stuff stupid style subdued
subject submission subsisted suburbs succeed succeeded success successively such sudden suddenly suffer
suffered suffering sufferings sufficient sufficing sugar sugarcane suit sulky sum summit sun sung sunk sup
superb supped supper support supported suppose supreme sure surely surgeon surprise surprised surprising
surrender surrounded surrounding suspected suspicion swallowed swam sweeping sweet-tempered swept swimming
sword swore syllable system systems table tail tails take taken takes taking tale tales talian talk talked
talking talks tall taller taly taste tasted taught tawnies tea tea-time tears technologies tedious teeth
telegraph telescope tell telling tells temper tempted ten tender terms terrible terrified territories
territory terror than thank thanked thanks that the thee their theirs them themselves then thence there
thereby therefore thereof thereupon these they thick thimble thing things think thinking third thirty this
thistle thither those thou though thought thoughtfully thoughts thousand thousands three three-cornered three-
legged threw throne through throw throwing thrown thrust thump thus thy tie tied tigers till time times
timidly tiny tired tiresome title to-day today together told tolerable tolerably tomorrow tone tongue too took
top torn tossing tottered touch tour towards tower town trade tragedies tragedy train trampled trance
transport transported transports travel traveled travelers traveling traverse treacle treacle-well treasure
treasury treat treated treatment treaty tree trees trembled trembling trial tribune trick trickle tricks tried
trifle trifling troops trotting trouble true truly trust truth try trying tumbled turn turned turning turns
twelve twenty twenty-four twice twilight twinkle twinkling two uch uchess uck ucuman ueen uenos ugly uick
ulgarian ulgarians ultan uncomfortable unday under undergone understand understands understood underwent
undoubtedly uneasiness unegund unfortunate unhappy union universal universe university unknown unless
unpleasant until uplifted upon upper uppose upright upstairs ure urinam uring urk urkey urkish urks urope
uropean ury use used useful useless ussians ust usual usually utch utmost utter uttered uttering vain valet
valley valuable van vanished various vast vault veil ven venture ventured verse very verything vessel vessels
vice victory victuals view village villain villainy vinegar vines violate violence violent violently virgins
virtue vision visit visited viziers voice voices volume volumes voyage wager waistcoat-pocket wait waited
waiting walk walked walking wall walls wanderers wandering want wanted wantonly war wardrobe warm warmly was
wash wasn waste wasting watch water waves waving way weak weakness wear weather week weekly weeks weighed well
wench went wept were west wet what whatever wheel when whenever where whereas wherever whether which while
whipped whiskers whisper whispered whistling white whites whither who whole wholly whom whose why wide wife
wild will willing wilt wind window windows winds wine wings wink winkle winter wise wish wished wishes wit
with within without withstanding wits witty wives woman women won wonder wondering wood wooden wool word words
work worked works world worlds worry worse worship worst worth worthy would wouldn wound wounded wounds wow
wreck wretch wretched wretches write writer written wrong wrought xactly xcellency yards yawning year years
yellow yer yes yesterday yet ynheer you young your yours yourself youth yre yres zoff
""".split())


def is_common_english(word: str) -> bool:
    """True for an ordinary English word, also in the plural: 'Moon', 'Greens', 'Exchanges'."""
    low = word.lower()
    if low in WORDS:
        return True
    for suffix in ("s", "es"):
        if low.endswith(suffix) and low[: -len(suffix)] in WORDS:
            return True
    return False


@lru_cache(maxsize=1)
def _treebank_words() -> frozenset:
    """Lower-case NOUN/ADJ/VERB/ADV forms of UD English-EWT (resources/english/common_words.txt)."""
    from ..paths import resource_path
    path = resource_path("english", "common_words.txt")
    return frozenset(w for w in path.read_text(encoding="utf-8").split("\n") if w and w[0] != "#")


@lru_cache(maxsize=50_000)
def is_everyday_word(word: str) -> bool:
    """An ordinary English word by the novels' list or the treebank's, whatever its capital:
    'Program', 'Women', 'Historians', 'Thirdly'."""
    low = word.lower()
    if is_common_english(word) or low in _treebank_words():
        return True
    return any(low.endswith(s) and low[:-len(s)] in _treebank_words() for s in ("s", "es", "ly"))
