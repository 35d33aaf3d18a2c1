package stytch_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generated/internal/fuzzcheck"
	"github.com/schemagen/schemagen/generated/stytch"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// familyInstances is how many mutated instances TestFamilyDifferential
// checks for each schema of the family.
const familyInstances = 400

// familyTypes lists every schema file of the bundled family with the root
// type generated from it and the contract applied to that type.
var familyTypes = []struct {
	file string
	run  func(*jsonschema.Schema, []byte) fuzzcheck.Outcome
}{
	{"stytch-api-attribute-v1-attributes-schema.json", fuzzcheck.Run[stytch.APIAttributeV1Attributes, *stytch.APIAttributeV1Attributes]},
	{"stytch-api-device-history-v1-deviceattributedetails-schema.json", fuzzcheck.Run[stytch.APIDeviceHistoryV1DeviceAttributeDetails, *stytch.APIDeviceHistoryV1DeviceAttributeDetails]},
	{"stytch-api-device-history-v1-deviceinfo-schema.json", fuzzcheck.Run[stytch.APIDeviceHistoryV1DeviceInfo, *stytch.APIDeviceHistoryV1DeviceInfo]},
	{"stytch-api-session-v1-amazonoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1AmazonOAuthFactor, *stytch.APISessionV1AmazonOAuthFactor]},
	{"stytch-api-session-v1-appleoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1AppleOAuthFactor, *stytch.APISessionV1AppleOAuthFactor]},
	{"stytch-api-session-v1-authenticationfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1AuthenticationFactor, *stytch.APISessionV1AuthenticationFactor]},
	{"stytch-api-session-v1-authenticationfactordeliverymethod-schema.json", fuzzcheck.Run[stytch.APISessionV1AuthenticationFactorDeliveryMethod, *stytch.APISessionV1AuthenticationFactorDeliveryMethod]},
	{"stytch-api-session-v1-authenticationfactortype-schema.json", fuzzcheck.Run[stytch.APISessionV1AuthenticationFactorType, *stytch.APISessionV1AuthenticationFactorType]},
	{"stytch-api-session-v1-authenticatorappfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1AuthenticatorAppFactor, *stytch.APISessionV1AuthenticatorAppFactor]},
	{"stytch-api-session-v1-biometricfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1BiometricFactor, *stytch.APISessionV1BiometricFactor]},
	{"stytch-api-session-v1-bitbucketoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1BitbucketOAuthFactor, *stytch.APISessionV1BitbucketOAuthFactor]},
	{"stytch-api-session-v1-coinbaseoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1CoinbaseOAuthFactor, *stytch.APISessionV1CoinbaseOAuthFactor]},
	{"stytch-api-session-v1-cryptowalletfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1CryptoWalletFactor, *stytch.APISessionV1CryptoWalletFactor]},
	{"stytch-api-session-v1-discordoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1DiscordOAuthFactor, *stytch.APISessionV1DiscordOAuthFactor]},
	{"stytch-api-session-v1-emailfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1EmailFactor, *stytch.APISessionV1EmailFactor]},
	{"stytch-api-session-v1-embeddablemagiclinkfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1EmbeddableMagicLinkFactor, *stytch.APISessionV1EmbeddableMagicLinkFactor]},
	{"stytch-api-session-v1-facebookoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1FacebookOAuthFactor, *stytch.APISessionV1FacebookOAuthFactor]},
	{"stytch-api-session-v1-figmaoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1FigmaOAuthFactor, *stytch.APISessionV1FigmaOAuthFactor]},
	{"stytch-api-session-v1-githuboauthexchangefactor-schema.json", fuzzcheck.Run[stytch.APISessionV1GithubOAuthExchangeFactor, *stytch.APISessionV1GithubOAuthExchangeFactor]},
	{"stytch-api-session-v1-githuboauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1GithubOAuthFactor, *stytch.APISessionV1GithubOAuthFactor]},
	{"stytch-api-session-v1-gitlaboauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1GitLabOAuthFactor, *stytch.APISessionV1GitLabOAuthFactor]},
	{"stytch-api-session-v1-googleoauthexchangefactor-schema.json", fuzzcheck.Run[stytch.APISessionV1GoogleOAuthExchangeFactor, *stytch.APISessionV1GoogleOAuthExchangeFactor]},
	{"stytch-api-session-v1-googleoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1GoogleOAuthFactor, *stytch.APISessionV1GoogleOAuthFactor]},
	{"stytch-api-session-v1-hubspotoauthexchangefactor-schema.json", fuzzcheck.Run[stytch.APISessionV1HubspotOAuthExchangeFactor, *stytch.APISessionV1HubspotOAuthExchangeFactor]},
	{"stytch-api-session-v1-hubspotoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1HubspotOAuthFactor, *stytch.APISessionV1HubspotOAuthFactor]},
	{"stytch-api-session-v1-impersonatedfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1ImpersonatedFactor, *stytch.APISessionV1ImpersonatedFactor]},
	{"stytch-api-session-v1-instagramoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1InstagramOAuthFactor, *stytch.APISessionV1InstagramOAuthFactor]},
	{"stytch-api-session-v1-linkedinoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1LinkedInOAuthFactor, *stytch.APISessionV1LinkedInOAuthFactor]},
	{"stytch-api-session-v1-microsoftoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1MicrosoftOAuthFactor, *stytch.APISessionV1MicrosoftOAuthFactor]},
	{"stytch-api-session-v1-migrateresponse-schema.json", fuzzcheck.Run[stytch.MigrateResponse, *stytch.MigrateResponse]},
	{"stytch-api-session-v1-oauthaccesstokenexchangefactor-schema.json", fuzzcheck.Run[stytch.APISessionV1OAuthAccessTokenExchangeFactor, *stytch.APISessionV1OAuthAccessTokenExchangeFactor]},
	{"stytch-api-session-v1-oidcssofactor-schema.json", fuzzcheck.Run[stytch.APISessionV1OIDCSSOFactor, *stytch.APISessionV1OIDCSSOFactor]},
	{"stytch-api-session-v1-phonenumberfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1PhoneNumberFactor, *stytch.APISessionV1PhoneNumberFactor]},
	{"stytch-api-session-v1-recoverycodefactor-schema.json", fuzzcheck.Run[stytch.APISessionV1RecoveryCodeFactor, *stytch.APISessionV1RecoveryCodeFactor]},
	{"stytch-api-session-v1-salesforceoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1SalesforceOAuthFactor, *stytch.APISessionV1SalesforceOAuthFactor]},
	{"stytch-api-session-v1-samlssofactor-schema.json", fuzzcheck.Run[stytch.APISessionV1SAMLSSOFactor, *stytch.APISessionV1SAMLSSOFactor]},
	{"stytch-api-session-v1-session-schema.json", fuzzcheck.Run[stytch.APISessionV1Session, *stytch.APISessionV1Session]},
	{"stytch-api-session-v1-shopifyoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1ShopifyOAuthFactor, *stytch.APISessionV1ShopifyOAuthFactor]},
	{"stytch-api-session-v1-slackoauthexchangefactor-schema.json", fuzzcheck.Run[stytch.APISessionV1SlackOAuthExchangeFactor, *stytch.APISessionV1SlackOAuthExchangeFactor]},
	{"stytch-api-session-v1-slackoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1SlackOAuthFactor, *stytch.APISessionV1SlackOAuthFactor]},
	{"stytch-api-session-v1-snapchatoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1SnapchatOAuthFactor, *stytch.APISessionV1SnapchatOAuthFactor]},
	{"stytch-api-session-v1-spotifyoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1SpotifyOAuthFactor, *stytch.APISessionV1SpotifyOAuthFactor]},
	{"stytch-api-session-v1-steamoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1SteamOAuthFactor, *stytch.APISessionV1SteamOAuthFactor]},
	{"stytch-api-session-v1-tiktokoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1TikTokOAuthFactor, *stytch.APISessionV1TikTokOAuthFactor]},
	{"stytch-api-session-v1-trustedauthtokenfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1TrustedAuthTokenFactor, *stytch.APISessionV1TrustedAuthTokenFactor]},
	{"stytch-api-session-v1-twitchoauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1TwitchOAuthFactor, *stytch.APISessionV1TwitchOAuthFactor]},
	{"stytch-api-session-v1-twitteroauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1TwitterOAuthFactor, *stytch.APISessionV1TwitterOAuthFactor]},
	{"stytch-api-session-v1-webauthnfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1WebAuthnFactor, *stytch.APISessionV1WebAuthnFactor]},
	{"stytch-api-session-v1-yahoooauthfactor-schema.json", fuzzcheck.Run[stytch.APISessionV1YahooOAuthFactor, *stytch.APISessionV1YahooOAuthFactor]},
	{"stytch-api-user-v1-biometricregistration-schema.json", fuzzcheck.Run[stytch.APIUserV1BiometricRegistration, *stytch.APIUserV1BiometricRegistration]},
	{"stytch-api-user-v1-cryptowallet-schema.json", fuzzcheck.Run[stytch.APIUserV1CryptoWallet, *stytch.APIUserV1CryptoWallet]},
	{"stytch-api-user-v1-email-schema.json", fuzzcheck.Run[stytch.APIUserV1Email, *stytch.APIUserV1Email]},
	{"stytch-api-user-v1-name-schema.json", fuzzcheck.Run[stytch.APIUserV1Name, *stytch.APIUserV1Name]},
	{"stytch-api-user-v1-oauthprovider-schema.json", fuzzcheck.Run[stytch.APIUserV1OAuthProvider, *stytch.APIUserV1OAuthProvider]},
	{"stytch-api-user-v1-password-schema.json", fuzzcheck.Run[stytch.APIUserV1Password, *stytch.APIUserV1Password]},
	{"stytch-api-user-v1-phonenumber-schema.json", fuzzcheck.Run[stytch.APIUserV1PhoneNumber, *stytch.APIUserV1PhoneNumber]},
	{"stytch-api-user-v1-totp-schema.json", fuzzcheck.Run[stytch.APIUserV1TOTP, *stytch.APIUserV1TOTP]},
	{"stytch-api-user-v1-user-schema.json", fuzzcheck.Run[stytch.APIUserV1User, *stytch.APIUserV1User]},
	{"stytch-api-user-v1-webauthnregistration-schema.json", fuzzcheck.Run[stytch.APIUserV1WebAuthnRegistration, *stytch.APIUserV1WebAuthnRegistration]},
}

// TestFamilyDifferential checks every type generated from the bundled
// family against jsonschema/v5, which resolves the component references
// across files as schemagen does (generator.Compile finds the siblings):
// each file's seeds (testdata/family.seeds.json: every property set, and
// only the required ones) must be accepted by both and round-trip, and so
// must every mutated instance both accept; the verdicts must agree on all.
func TestFamilyDifferential(t *testing.T) {
	data, err := os.ReadFile("testdata/family.seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	var seeds map[string][]json.RawMessage
	if err := json.Unmarshal(data, &seeds); err != nil {
		t.Fatal(err)
	}
	if len(seeds) != len(familyTypes) {
		t.Errorf("%d files have seeds, %d have types", len(seeds), len(familyTypes))
	}
	for _, c := range familyTypes {
		t.Run(strings.TrimSuffix(c.file, "-schema.json"), func(t *testing.T) {
			path := "../../schemas/" + c.file
			oracle := fuzzcheck.Oracle(t, path)
			schema, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m, err := fuzzcheck.NewMutator(20261205, schema)
			if err != nil {
				t.Fatal(err)
			}
			if len(seeds[c.file]) == 0 {
				t.Fatalf("no seeds for %s", c.file)
			}
			for _, doc := range seeds[c.file] {
				o := c.run(oracle, doc)
				if !o.Accepted || !o.Valid || o.Skip != "" {
					t.Errorf("seed %s: accepted %v (%v), jsonschema/v5 %v (%v)", doc, o.Accepted, o.Err, o.Valid, o.OracleErr)
				}
				if p := o.RoundTrip(doc); p != "" {
					t.Errorf("seed %s: %s", doc, p)
				}
			}
			var problems []string
			count := map[bool]int{}
			for i := range familyInstances {
				doc := m.Mutate(seeds[c.file][i%len(seeds[c.file])])
				o := c.run(oracle, doc)
				p := o.Problem()
				if p == "" {
					p = o.RoundTrip(doc)
				}
				if o.Skip == "" {
					count[o.Valid]++
				}
				if p != "" {
					problems = append(problems, fmt.Sprintf("instance %s: %s", doc, p))
				}
			}
			if len(problems) > 0 {
				t.Errorf("%d of %d instances break the contract; the first:\n%s", len(problems), familyInstances, strings.Join(problems[:min(len(problems), 5)], "\n"))
			}
			if count[true] == 0 || count[false] == 0 {
				t.Errorf("the mutations reach only one verdict: %v", count)
			}
		})
	}
}
