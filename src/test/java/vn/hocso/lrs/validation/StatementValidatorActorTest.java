package vn.hocso.lrs.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocso.lrs.validation.StatementValidatorTest.UUID;
import static vn.hocso.lrs.validation.StatementValidatorTest.invalid;
import static vn.hocso.lrs.validation.StatementValidatorTest.valid;
import static vn.hocso.lrs.validation.StatementValidatorTest.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Agents, Groups, IFIs, accounts and authority (xAPI Data 2.4.2, 2.4.9; XAPI-00024, 00031–00043, 00098–00100). */
class StatementValidatorActorTest {

    static final String MBOX = "'mbox':'mailto:xapi@adlnet.gov'";
    static final String SHA1 = "'mbox_sha1sum':'cd9b00a5611f94eaa7b1661edab976068e364975'";
    static final String OPENID = "'openid':'http://openid.example.org/12345'";
    static final String ACCOUNT = "'account':{'homePage':'http://www.example.com','name':'xAPI account name'}";

    /** Every place an Agent can appear, with the path the validator reports. */
    static Stream<String> agentPlaces() {
        return Stream.of("actor", "context.instructor", "authority", "object.actor", "object.context.instructor",
                "context.contextAgents[0].agent");
    }

    /** Sets an agent at a place; substatement places get a substatement object first. */
    static ObjectNode agentAt(String place, String agentJson) {
        ObjectNode s = StatementValidatorTest.base();
        if (place.startsWith("object.")) {
            with(s, "object", "{'objectType':'SubStatement','actor':{'mbox':'mailto:sub@example.com'},"
                    + "'verb':{'id':'http://example.com/v'},'object':{'id':'http://example.com/a'}}");
        }
        if (place.startsWith("context.contextAgents")) {
            with(s, "context.contextAgents", "[{'objectType':'contextAgent','agent':" + agentJson
                    + ",'relevantTypes':['http://example.com/t']}]");
            return s;
        }
        return with(s, place, agentJson);
    }

    static Stream<Arguments> ifiPairs() {
        String[] ifis = {MBOX, SHA1, OPENID, ACCOUNT};
        Stream.Builder<Arguments> b = Stream.builder();
        for (String place : agentPlaces().toList()) {
            for (int i = 0; i < ifis.length; i++) {
                for (int j = i + 1; j < ifis.length; j++) {
                    b.add(Arguments.of(place, ifis[i], ifis[j]));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "XAPI-00034 {0} with {1} and {2} is rejected")
    @MethodSource("ifiPairs")
    @DisplayName("XAPI-00034 an Agent does not use two IFIs")
    void agentHasOneIfi(String place, String ifi1, String ifi2) {
        String path = place.startsWith("context.contextAgents") ? "context.contextAgents[0].agent" : place;
        if (place.equals("context.contextAgents[0].agent")) {
            invalid(agentAt(place, "{'objectType':'Agent'," + ifi1 + "," + ifi2 + "}"), path,
                    StatementValidatorTest.V2);
        } else {
            invalid(agentAt(place, "{'objectType':'Agent'," + ifi1 + "," + ifi2 + "}"), path);
        }
    }

    @ParameterizedTest(name = "XAPI-00034 {0} with {1} alone is valid")
    @MethodSource("singleIfis")
    @DisplayName("XAPI-00034/XAPI-00041 an Agent with exactly one IFI is valid")
    void agentWithOneIfi(String place, String ifi) {
        ObjectNode s = agentAt(place, "{'objectType':'Agent','name':'x'," + ifi + "}");
        if (place.startsWith("context.contextAgents")) {
            valid(s, StatementValidatorTest.V2);
        } else {
            valid(s);
        }
    }

    static Stream<Arguments> singleIfis() {
        return agentPlaces().flatMap(p -> Stream.of(MBOX, SHA1, OPENID, ACCOUNT).map(i -> Arguments.of(p, i)));
    }

    @ParameterizedTest(name = "XAPI-00034 {0} without an IFI is rejected")
    @ValueSource(strings = {"actor", "context.instructor", "authority", "object.actor", "object.context.instructor"})
    @DisplayName("XAPI-00034 an Agent without an IFI is rejected")
    void agentWithoutIfi(String place) {
        XapiValidationException e = invalid(agentAt(place, "{'objectType':'Agent','name':'nobody'}"), place);
        assertTrue(e.getMessage().contains("identifier"), e.getMessage());
    }

    @Test
    @DisplayName("XAPI-00034 an Agent as the object needs objectType")
    void agentObjectNeedsObjectType() {
        invalid(with("object", "{" + MBOX + "}"), "object.mbox"); // no objectType: read as an Activity
        valid(with("object", "{'objectType':'Agent'," + MBOX + "}"));
        valid(with("actor", "{" + MBOX + "}"));
    }

    @ParameterizedTest(name = "XAPI-00031 actor objectType {0} rejected")
    @ValueSource(strings = {"'agent'", "'group'", "'Person'", "'Activity'", "123", "{'key':'value'}", "''"})
    @DisplayName("XAPI-00031/XAPI-00032 an actor's objectType is exactly \"Agent\" or \"Group\"")
    void actorObjectType(String ot) {
        invalid(with("actor.objectType", ot), "actor.objectType");
        invalid(with("context.instructor", "{'objectType':" + ot + "," + MBOX + "}"), "context.instructor.objectType");
        invalid(with("authority", "{'objectType':" + ot + "," + MBOX + "}"), "authority.objectType");
    }

    @ParameterizedTest(name = "XAPI-00033 name {0} rejected")
    @ValueSource(strings = {"123", "{'key':'value'}", "true", "['a']"})
    @DisplayName("XAPI-00033 an Agent's name is a string")
    void agentName(String name) {
        invalid(with("actor.name", name), "actor.name");
    }

    @Test
    @DisplayName("unknown Agent properties are rejected, and member only belongs to Groups")
    void agentUnknownProperty() {
        invalid(with("actor.Mbox", "'mailto:a@b.c'"), "actor.Mbox");
        invalid(with("actor.member", "[{" + MBOX + "}]"), "actor.member");
    }

    // ------------------------------------------------------------------------------------------------ IFI formats

    @ParameterizedTest(name = "XAPI-00038 mbox {0} rejected")
    @ValueSource(strings = {"'http://should.fail.com'", "'mailto:should.fail.com'", "'xapi@adlnet.gov'",
            "'mailto:'", "'mailto:@adlnet.gov'", "'mailto:a@'", "'mailto:a b@example.com'", "'mailto:a@b@c.com'",
            "'mailto:a@example.com?subject=x'", "'mailto:a@example.com,b@example.com'", "'MAILTO:a@example.com'",
            "'mailto:a@example..com'", "123", "{'mailto':'a@b.c'}"})
    @DisplayName("XAPI-00038 an mbox is a mailto: IRI with one email address")
    void badMbox(String mbox) {
        invalid(with("actor", "{'mbox':" + mbox + "}"), "actor.mbox");
    }

    @ParameterizedTest(name = "XAPI-00038 mbox {0} accepted")
    @ValueSource(strings = {"mailto:xapi@adlnet.gov", "mailto:first.last+tag@sub.example.co.uk", "mailto:a@localhost",
            "mailto:nguyễn@ví-dụ.vn"})
    @DisplayName("XAPI-00038 valid mbox values are accepted")
    void goodMbox(String mbox) {
        valid(with("actor", "{'mbox':'" + mbox + "'}"));
    }

    @ParameterizedTest(name = "XAPI-00039 mbox_sha1sum {0} rejected")
    @ValueSource(strings = {"{'key':'value'}", "12345", "'cd9b00a5611f94eaa7b1661edab976068e36497'",
            "'cd9b00a5611f94eaa7b1661edab976068e3649755'", "'zd9b00a5611f94eaa7b1661edab976068e364975'", "''"})
    @DisplayName("XAPI-00039 an mbox_sha1sum is a string of 40 hex digits")
    void badSha1(String sha) {
        invalid(with("actor", "{'mbox_sha1sum':" + sha + "}"), "actor.mbox_sha1sum");
        valid(with("actor", "{'mbox_sha1sum':'CD9B00A5611F94EAA7B1661EDAB976068E364975'}"));
    }

    @ParameterizedTest(name = "XAPI-00040 openid {0} rejected")
    @ValueSource(strings = {"'ab=c://should.fail.com'", "'open.id.com/testUser'", "''", "1"})
    @DisplayName("XAPI-00040/XAPI-00011 an openid is an absolute URI")
    void badOpenid(String openid) {
        invalid(with("actor", "{'openid':" + openid + "}"), "actor.openid");
    }

    @Test
    @DisplayName("XAPI-00042 an account has a homePage that is an IRL")
    void accountHomePage() {
        invalid(with("actor", "{'account':{'name':'x'}}"), "actor.account.homePage");
        invalid(with("actor", "{'account':{'homePage':'ab=c://should.fail.com','name':'x'}}"),
                "actor.account.homePage");
        invalid(with("actor", "{'account':{'homePage':'homePage.com/testUser','name':'123456'}}"),
                "actor.account.homePage");
    }

    @Test
    @DisplayName("XAPI-00043 an account has a name that is a string")
    void accountName() {
        invalid(with("actor", "{'account':{'homePage':'http://www.example.com'}}"), "actor.account.name");
        invalid(with("actor", "{'account':{'homePage':'http://www.example.com','name':{'key':'x'}}}"),
                "actor.account.name");
        invalid(with("actor", "{'account':{'homePage':'http://www.example.com','name':42}}"), "actor.account.name");
    }

    @Test
    @DisplayName("XAPI-00041 an account has only homePage and name, and is an object")
    void accountShape() {
        invalid(with("actor", "{'account':{'homePage':'http://e.com','name':'x','id':'1'}}"), "actor.account.id");
        invalid(with("actor", "{'account':'http://e.com|x'}"), "actor.account");
    }

    // ------------------------------------------------------------------------------------------------ groups

    @Test
    @DisplayName("XAPI-00035 an anonymous Group uses member")
    void anonymousGroupNeedsMember() {
        invalid(with("actor", "{'objectType':'Group','name':'anon'}"), "actor");
        invalid(with("actor", "{'objectType':'Group','member':[]}"), "actor.member");
        valid(with("actor", "{'objectType':'Group','member':[{" + MBOX + "}]}"));
    }

    @Test
    @DisplayName("XAPI-00036 member is an array of Agents following the Agent rules")
    void members() {
        invalid(with("actor", "{'objectType':'Group','member':{" + MBOX + "}}"), "actor.member");
        invalid(with("actor", "{'objectType':'Group','member':[{'name':'no ifi'}]}"), "actor.member[0]");
        invalid(with("actor", "{'objectType':'Group','member':[{" + MBOX + "," + OPENID + "}]}"), "actor.member[0]");
        invalid(with("actor", "{'objectType':'Group','member':['mailto:a@b.c']}"), "actor.member[0]");
        invalid(with("actor", "{'objectType':'Group','member':[{'objectType':'agent'," + MBOX + "}]}"),
                "actor.member[0].objectType");
    }

    @Test
    @DisplayName("XAPI-00036 a Group's members cannot be Groups")
    void noNestedGroups() {
        invalid(with("actor", "{'objectType':'Group','member':[{'objectType':'Group','member':[{" + MBOX + "}]}]}"),
                "actor.member[0]");
    }

    @ParameterizedTest(name = "XAPI-00037 identified Group with {0}")
    @ValueSource(strings = {MBOX, SHA1, OPENID, ACCOUNT})
    @DisplayName("XAPI-00037 an identified Group has one IFI and may omit members")
    void identifiedGroup(String ifi) {
        valid(with("actor", "{'objectType':'Group'," + ifi + "}"));
        valid(with("actor", "{'objectType':'Group'," + ifi + ",'member':[]}"));
        valid(with("object", "{'objectType':'Group','name':'g'," + ifi + ",'member':[{" + MBOX + "}]}"));
        valid(with("context.team", "{'objectType':'Group'," + ifi + "}"));
    }

    @Test
    @DisplayName("XAPI-00037 an identified Group uses only one IFI")
    void identifiedGroupTwoIfis() {
        invalid(with("actor", "{'objectType':'Group'," + MBOX + "," + ACCOUNT + "}"), "actor");
        invalid(with("context.team", "{'objectType':'Group'," + SHA1 + "," + OPENID + "}"), "context.team");
    }

    // ------------------------------------------------------------------------------------------------ authority

    @Test
    @DisplayName("XAPI-00024 an authority is an Agent or Group")
    void authorityAgent() {
        valid(with("authority", "{'objectType':'Agent'," + ACCOUNT + "}"));
        valid(with("authority", "{" + MBOX + "}"));
        invalid(with("authority", "'mailto:a@b.c'"), "authority");
        invalid(with("authority", "{'objectType':'Agent'}"), "authority");
    }

    @Test
    @DisplayName("XAPI-00098 an authority Group is an anonymous Group of exactly two Agents")
    void authorityGroupOfTwo() {
        String a = "{'account':{'homePage':'http://example.com/xAPI/OAuth/Token','name':'oauth_consumer_x75db'}}";
        String b = "{'mbox':'mailto:bob@example.com'}";
        valid(with("authority", "{'objectType':'Group','member':[" + a + "," + b + "]}"));
        invalid(with("authority", "{'objectType':'Group','member':[" + a + "]}"), "authority.member");
        invalid(with("authority", "{'objectType':'Group','member':[" + a + "," + b + "," + b + "]}"),
                "authority.member");
        invalid(with("authority", "{'objectType':'Group'}"), "authority");
    }

    @Test
    @DisplayName("XAPI-00100 an authority Group with an IFI is rejected, even with two members")
    void authorityIdentifiedGroup() {
        invalid(with("authority", "{'objectType':'Group','name':'xAPI Group','mbox':'mailto:xapigroup@example.com',"
                + "'member':[{'name':'agentA','mbox':'mailto:agentA@example.com'},"
                + "{'name':'agentB','mbox':'mailto:agentB@example.com'}]}"), "authority");
    }

    // ------------------------------------------------------------------------------------------------ team

    @Test
    @DisplayName("XAPI-00088 a context team is a Group")
    void teamIsGroup() {
        invalid(with("context.team", "{'objectType':'Agent'," + MBOX + "}"), "context.team.objectType");
        invalid(with("context.team", "{" + MBOX + "}"), "context.team.objectType");
        invalid(with("context.team", "'team'"), "context.team");
        valid(with("context.team", "{'objectType':'Group','member':[{" + MBOX + "}]}"));
    }

    @Test
    @DisplayName("XAPI-00087-2 a context instructor is an Agent or Group")
    void instructor() {
        valid(with("context.instructor", "{" + MBOX + "}"));
        valid(with("context.instructor", "{'objectType':'Group','member':[{" + MBOX + "}]}"));
        invalid(with("context.instructor", "{'key':'value'}"), "context.instructor.key");
        invalid(with("context.instructor", "'should fail'"), "context.instructor");
    }

    @Test
    @DisplayName("an Agent or Group as the statement object follows the same rules")
    void agentAsObject() {
        invalid(with("object", "{'objectType':'Agent','name':'x'}"), "object");
        invalid(with("object", "{'objectType':'Group','name':'x'}"), "object");
        valid(with("object", "{'objectType':'Group','member':[{" + MBOX + "}]}"));
        valid(with("context.registration", "'" + UUID + "'"));
    }
}
