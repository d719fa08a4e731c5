#include "interop/syntheticcatalog.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// xoshiro256** seeded through splitmix64. The standard distributions are implementation-
// defined, so the generator draws its own numbers to give the same catalog everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64 &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform in [0, n); n > 0.
    int below(qsizetype n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double p) { return uniform() < p; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4] = {};
};

// Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^s: a few entries of a
// list are very common and most are rare, as words are in real text.
class Zipf
{
public:
    Zipf(qsizetype n, double s)
    {
        m_cdf.reserve(size_t(n));
        double sum = 0;
        for (qsizetype rank = 0; rank < n; ++rank) {
            sum += 1.0 / std::pow(double(rank + 1), s);
            m_cdf.push_back(sum);
        }
    }

    int draw(Random &random) const
    {
        const double u = random.uniform() * m_cdf.back();
        const auto it = std::upper_bound(m_cdf.begin(), m_cdf.end(), u);
        return int(std::min<ptrdiff_t>(it - m_cdf.begin(), ptrdiff_t(m_cdf.size()) - 1));
    }

    template<typename List> const auto &pick(const List &list, Random &random) const
    {
        return list.at(draw(random));
    }

private:
    std::vector<double> m_cdf;
};

// A rank in [0, n) with probability about proportional to 1 / (rank + 1), for lists that grow
// while the catalog is generated (the continuous inverse of the harmonic distribution).
int harmonicRank(qsizetype n, Random &random)
{
    const double x = std::exp(random.uniform() * std::log(double(n) + 1.0));
    return std::clamp(int(x) - 1, 0, int(n) - 1);
}

enum Industry { Retail, Banking, Logistics };

struct FieldTemplate
{
    QString name;
    QString type;
    QString description;
    bool pii = false;
};

struct Area
{
    QString id;
    QString name;
    Industry industry;
    QString description;
    QStringList entities; // singular nouns as used in product names, most common first
    QStringList fields; // field names, the entity key first
    QStringList subareas; // "slug:Display Name"
};

struct Region
{
    QString slug;
    QString name;
};

// The word lists. Entries are literals, so copying them into the document costs nothing.
struct Vocabulary
{
    QList<Area> areas; // interleaved across industries so a small catalog spans all three
    QList<Region> regions;
    QStringList measures; // most common first
    QStringList granularities; // most common first
    QStringList qualifiers;
    QStringList words; // business vocabulary for descriptions, most common first
    QStringList verbs;
    QStringList audiences;
    QStringList tags; // about 200, most common first
    QStringList firstNames;
    QStringList lastNames;
    QHash<QString, QString> acronyms;
    QList<FieldTemplate> fields;
    QHash<QString, qsizetype> fieldIndex;
    QList<QList<qsizetype>> industryFields;
    QList<qsizetype> genericFields;
    QList<qsizetype> timestampFields;
};

// The lists stay packed: one entry per line would make them ten times as long to read.
// clang-format off
const Vocabulary &vocabulary()
{
    static const Vocabulary instance = [] {
        Vocabulary v;
        v.areas = {
            {u"orders"_s, u"Orders"_s, Retail,
             u"Customer orders from every channel, from checkout to invoice."_s,
             {u"order"_s, u"order-line"_s, u"basket"_s, u"checkout"_s, u"invoice"_s, u"sales"_s,
              u"refund"_s, u"order-status"_s, u"backorder"_s},
             {u"order_id"_s, u"order_line_id"_s, u"customer_id"_s, u"store_id"_s, u"sku"_s,
              u"order_ts"_s, u"net_revenue"_s, u"discount_amount"_s, u"units_sold"_s,
              u"payment_method"_s, u"customer_email"_s, u"shipping_address"_s},
             {u"fulfilment:Order Fulfilment"_s, u"invoicing:Invoicing"_s}},
            {u"payments"_s, u"Payments"_s, Banking,
             u"Payment initiation, clearing and settlement across rails."_s,
             {u"payment"_s, u"transfer"_s, u"settlement"_s, u"direct-debit"_s, u"chargeback"_s,
              u"payment-instruction"_s, u"mandate"_s, u"clearing-batch"_s},
             {u"payment_id"_s, u"account_id"_s, u"counterparty_iban"_s, u"counterparty_name"_s,
              u"amount"_s, u"currency"_s, u"value_date"_s, u"booking_date"_s, u"payment_scheme"_s,
              u"end_to_end_id"_s, u"iban"_s},
             {u"instant:Instant Payments"_s, u"cross-border:Cross-Border Payments"_s}},
            {u"shipments"_s, u"Shipments"_s, Logistics,
             u"Parcels and consignments from pickup to proof of delivery."_s,
             {u"shipment"_s, u"parcel"_s, u"delivery"_s, u"tracking-event"_s, u"consignment"_s,
              u"proof-of-delivery"_s, u"pickup"_s, u"exception"_s},
             {u"shipment_id"_s, u"parcel_id"_s, u"tracking_number"_s, u"carrier_id"_s,
              u"origin_hub"_s, u"destination_hub"_s, u"weight_kg"_s, u"delivered_at"_s,
              u"recipient_name"_s, u"delivery_address"_s, u"recipient_phone"_s},
             {u"international:International Shipping"_s, u"same-day:Same-Day Delivery"_s}},
            {u"customers"_s, u"Customers"_s, Retail,
             u"Who our customers are, how they engage and what they consent to."_s,
             {u"customer"_s, u"household"_s, u"customer-segment"_s, u"customer-profile"_s,
              u"consent"_s, u"churn"_s, u"address"_s, u"contact-preference"_s},
             {u"customer_id"_s, u"customer_name"_s, u"customer_email"_s, u"phone_number"_s,
              u"date_of_birth"_s, u"postal_code"_s, u"segment"_s, u"lifetime_value"_s,
              u"churn_probability"_s, u"signup_date"_s, u"marketing_opt_in"_s},
             {u"identity:Customer Identity"_s, u"consent:Consent Management"_s}},
            {u"accounts"_s, u"Accounts"_s, Banking,
             u"Current and savings accounts, balances and statements."_s,
             {u"account"_s, u"balance"_s, u"transaction"_s, u"statement"_s, u"account-holder"_s,
              u"overdraft"_s, u"standing-order"_s},
             {u"account_id"_s, u"iban"_s, u"holder_name"_s, u"balance"_s, u"currency"_s,
              u"booking_date"_s, u"transaction_id"_s, u"amount"_s, u"product_code"_s,
              u"opened_date"_s, u"national_id"_s},
             {u"savings:Savings"_s, u"business-banking:Business Banking"_s}},
            {u"warehousing"_s, u"Warehousing"_s, Logistics,
             u"Inbound, storage and outbound operations in our warehouses."_s,
             {u"warehouse"_s, u"pick"_s, u"putaway"_s, u"bin-location"_s, u"inbound-receipt"_s,
              u"dock-appointment"_s, u"cycle-count"_s, u"wave"_s},
             {u"warehouse_id"_s, u"bin_id"_s, u"sku"_s, u"quantity"_s, u"picked_at"_s,
              u"operator_id"_s, u"dock_id"_s, u"pallet_id"_s, u"wave_id"_s},
             {u"cold-chain:Cold Chain"_s, u"robotics:Warehouse Robotics"_s}},
            {u"stores"_s, u"Stores"_s, Retail,
             u"Physical stores: sales, footfall, staffing and operations."_s,
             {u"store"_s, u"store-sales"_s, u"footfall"_s, u"pos-transaction"_s, u"shift"_s,
              u"shelf"_s, u"till"_s},
             {u"store_id"_s, u"till_id"_s, u"receipt_id"_s, u"business_date"_s,
              u"net_revenue"_s, u"footfall_count"_s, u"employee_id"_s, u"employee_name"_s,
              u"store_format"_s, u"square_meters"_s},
             {u"workforce:Store Workforce"_s, u"operations:Store Operations"_s}},
            {u"cards"_s, u"Cards"_s, Banking,
             u"Debit and credit cards: issuing, authorization and disputes."_s,
             {u"card"_s, u"card-transaction"_s, u"authorization"_s, u"dispute"_s,
              u"card-limit"_s, u"card-statement"_s},
             {u"card_id"_s, u"card_pan_masked"_s, u"cardholder_name"_s, u"authorization_id"_s,
              u"mcc_code"_s, u"merchant_name"_s, u"amount"_s, u"currency"_s, u"credit_limit"_s,
              u"authorized_at"_s},
             {u"issuing:Card Issuing"_s, u"acquiring:Merchant Acquiring"_s}},
            {u"fleet"_s, u"Fleet"_s, Logistics,
             u"Vehicles, drivers, telematics and maintenance."_s,
             {u"vehicle"_s, u"driver"_s, u"telematics"_s, u"fuel"_s, u"maintenance"_s,
              u"trip"_s, u"incident"_s},
             {u"vehicle_id"_s, u"driver_id"_s, u"driver_name"_s, u"odometer_km"_s,
              u"fuel_liters"_s, u"latitude"_s, u"longitude"_s, u"recorded_at"_s,
              u"license_plate"_s},
             {u"electric:Electric Fleet"_s}},
            {u"inventory"_s, u"Inventory"_s, Retail,
             u"Stock levels, movements and replenishment for every SKU and location."_s,
             {u"stock-level"_s, u"stock-movement"_s, u"replenishment"_s, u"sku"_s,
              u"shrinkage"_s, u"stock"_s, u"stock-out"_s},
             {u"sku"_s, u"location_id"_s, u"stock_on_hand"_s, u"stock_in_transit"_s,
              u"reorder_point"_s, u"movement_type"_s, u"quantity"_s, u"snapshot_date"_s},
             {u"replenishment:Replenishment"_s}},
            {u"lending"_s, u"Lending"_s, Banking,
             u"Loans and mortgages from application to repayment."_s,
             {u"loan"_s, u"mortgage"_s, u"loan-application"_s, u"repayment"_s,
              u"collateral"_s, u"credit-score"_s, u"arrears"_s},
             {u"loan_id"_s, u"application_id"_s, u"applicant_name"_s, u"principal_amount"_s,
              u"interest_rate"_s, u"credit_score"_s, u"term_months"_s, u"outstanding_balance"_s,
              u"national_id"_s, u"annual_income"_s},
             {u"mortgages:Mortgages"_s, u"consumer-credit:Consumer Credit"_s}},
            {u"carriers"_s, u"Carriers"_s, Logistics,
             u"Third-party carriers, lanes, rates and freight invoices."_s,
             {u"carrier"_s, u"carrier-rate"_s, u"freight-invoice"_s, u"lane"_s, u"capacity"_s,
              u"tender"_s},
             {u"carrier_id"_s, u"lane_id"_s, u"rate_per_kg"_s, u"currency"_s,
              u"invoice_number"_s, u"freight_cost"_s, u"transit_days"_s, u"origin_hub"_s,
              u"destination_hub"_s},
             {}},
            {u"pricing"_s, u"Pricing"_s, Retail,
             u"Regular prices, promotions and markdowns."_s,
             {u"price"_s, u"promotion"_s, u"markdown"_s, u"competitor-price"_s,
              u"price-elasticity"_s, u"coupon"_s},
             {u"sku"_s, u"price_list_id"_s, u"unit_price"_s, u"promotion_id"_s,
              u"discount_pct"_s, u"valid_from"_s, u"valid_to"_s, u"competitor_name"_s},
             {u"promotions:Promotions"_s}},
            {u"risk"_s, u"Risk"_s, Banking,
             u"Credit, market and operational risk measurement."_s,
             {u"exposure"_s, u"credit-risk"_s, u"market-risk"_s, u"value-at-risk:value-at-risk"_s, u"stress-test"_s,
              u"rating"_s, u"provision"_s},
             {u"exposure_id"_s, u"counterparty_id"_s, u"exposure_amount"_s, u"pd"_s, u"lgd"_s,
              u"risk_rating"_s, u"as_of_date"_s, u"var_amount"_s},
             {u"credit-risk:Credit Risk"_s, u"market-risk:Market Risk"_s}},
            {u"routing"_s, u"Routing"_s, Logistics,
             u"Route planning, stops and arrival estimates."_s,
             {u"route"_s, u"stop"_s, u"route-plan"_s, u"eta"_s, u"geofence"_s, u"dwell-time"_s},
             {u"route_id"_s, u"stop_id"_s, u"vehicle_id"_s, u"planned_arrival"_s, u"eta"_s,
              u"latitude"_s, u"longitude"_s, u"delivery_address"_s},
             {}},
            {u"marketing"_s, u"Marketing"_s, Retail,
             u"Campaigns, audiences, spend and attribution."_s,
             {u"campaign"_s, u"audience"_s, u"ad-spend"_s, u"attribution"_s,
              u"email-campaign"_s, u"impression"_s},
             {u"campaign_id"_s, u"audience_id"_s, u"customer_id"_s, u"customer_email"_s,
              u"channel"_s, u"spend_amount"_s, u"impressions"_s, u"clicks"_s,
              u"conversions"_s},
             {u"crm:CRM"_s}},
            {u"fraud"_s, u"Fraud"_s, Banking,
             u"Fraud detection, alerts and case management."_s,
             {u"fraud-alert"_s, u"fraud-case"_s, u"suspicious-transaction"_s,
              u"device-fingerprint"_s, u"fraud-score"_s},
             {u"alert_id"_s, u"case_id"_s, u"transaction_id"_s, u"fraud_score"_s,
              u"device_id"_s, u"ip_address"_s, u"decision"_s, u"analyst_id"_s},
             {}},
            {u"customs"_s, u"Customs"_s, Logistics,
             u"Customs declarations, tariffs and duties for cross-border goods."_s,
             {u"customs-declaration"_s, u"tariff"_s, u"duty"_s, u"hs-code"_s},
             {u"declaration_id"_s, u"hs_code"_s, u"declared_value"_s, u"duty_amount"_s,
              u"country_of_origin"_s, u"importer_tax_id"_s},
             {}},
            {u"ecommerce"_s, u"E-commerce"_s, Retail,
             u"The web shop and apps: sessions, clickstream and conversion."_s,
             {u"web-session"_s, u"clickstream"_s, u"product-view"_s, u"cart"_s,
              u"search-query"_s, u"conversion"_s},
             {u"session_id"_s, u"customer_id"_s, u"device_id"_s, u"ip_address"_s,
              u"page_url"_s, u"event_ts"_s, u"search_term"_s, u"cart_value"_s},
             {u"mobile-app:Mobile App"_s}},
            {u"compliance"_s, u"Compliance"_s, Banking,
             u"KYC, AML screening and regulatory reporting."_s,
             {u"kyc-check"_s, u"aml-screening"_s, u"sanctions-hit"_s, u"regulatory-report"_s},
             {u"check_id"_s, u"customer_id"_s, u"holder_name"_s, u"date_of_birth"_s,
              u"national_id"_s, u"screening_result"_s, u"report_period"_s},
             {u"aml:Anti-Money Laundering"_s}},
            {u"returns"_s, u"Returns"_s, Logistics,
             u"Reverse logistics: return labels, inspection and restocking."_s,
             {u"return"_s, u"return-label"_s, u"rma"_s, u"inspection"_s},
             {u"return_id"_s, u"order_id"_s, u"sku"_s, u"return_reason"_s, u"condition"_s,
              u"refund_amount"_s, u"received_at"_s},
             {}},
            {u"loyalty"_s, u"Loyalty"_s, Retail,
             u"The loyalty programme: members, points and rewards."_s,
             {u"loyalty-member"_s, u"points"_s, u"reward"_s, u"voucher"_s, u"tier"_s},
             {u"member_id"_s, u"customer_id"_s, u"customer_email"_s, u"points_balance"_s,
              u"tier"_s, u"voucher_code"_s, u"earned_at"_s},
             {}},
            {u"treasury"_s, u"Treasury"_s, Banking,
             u"Liquidity, funding and foreign exchange."_s,
             {u"liquidity:liquidity"_s, u"fx-rate"_s, u"cash-position"_s, u"funding"_s},
             {u"currency"_s, u"fx_rate"_s, u"as_of_date"_s, u"cash_position"_s,
              u"counterparty_id"_s, u"maturity_date"_s},
             {}},
            {u"merchandising"_s, u"Merchandising"_s, Retail,
             u"Assortment, categories, suppliers and planograms."_s,
             {u"product"_s, u"category"_s, u"assortment"_s, u"planogram"_s, u"supplier"_s},
             {u"sku"_s, u"product_id"_s, u"category_id"_s, u"supplier_id"_s, u"brand"_s,
              u"product_name"_s, u"launch_date"_s},
             {u"private-label:Private Label"_s}},
            {u"wealth"_s, u"Wealth"_s, Banking,
             u"Portfolios, holdings and trades for wealth clients."_s,
             {u"portfolio"_s, u"holding"_s, u"trade"_s, u"fund-nav"_s, u"advisor"_s},
             {u"portfolio_id"_s, u"client_name"_s, u"isin"_s, u"quantity"_s,
              u"market_value"_s, u"trade_date"_s, u"advisor_id"_s},
             {}},
        };
        v.regions = {{u"emea"_s, u"EMEA"_s},       {u"apac"_s, u"APAC"_s},
                     {u"na"_s, u"NA"_s},           {u"latam"_s, u"LATAM"_s},
                     {u"uk"_s, u"UK"_s},           {u"dach"_s, u"DACH"_s},
                     {u"nordics"_s, u"Nordics"_s}, {u"iberia"_s, u"Iberia"_s},
                     {u"benelux"_s, u"Benelux"_s}, {u"france"_s, u"France"_s},
                     {u"italy"_s, u"Italy"_s},     {u"poland"_s, u"Poland"_s},
                     {u"brazil"_s, u"Brazil"_s},   {u"mexico"_s, u"Mexico"_s},
                     {u"india"_s, u"India"_s},     {u"japan"_s, u"Japan"_s},
                     {u"anz"_s, u"ANZ"_s},         {u"canada"_s, u"Canada"_s},
                     {u"baltics"_s, u"Baltics"_s}, {u"gulf"_s, u"Gulf"_s}};
        v.measures = {
            u"summary"_s, u"events"_s, u"facts"_s, u"kpis"_s, u"snapshot"_s, u"history"_s,
            u"metrics"_s, u"forecast"_s, u"lifetime-value"_s, u"features"_s, u"volume"_s,
            u"revenue"_s, u"trends"_s, u"exceptions"_s, u"quality-checks"_s, u"scores"_s,
            u"aggregates"_s, u"margin"_s, u"reconciliation"_s, u"anomalies"_s, u"dimension"_s,
            u"audit-log"_s, u"cohorts"_s, u"funnel"_s, u"backlog"_s, u"costs"_s, u"latency"_s,
            u"propensity"_s, u"churn-score"_s, u"benchmarks"_s, u"sla-breaches"_s,
            u"capacity-plan"_s, u"variance"_s, u"lineage"_s, u"embeddings"_s, u"heatmap"_s,
            u"seasonality"_s, u"elasticity"_s, u"leakage"_s, u"watermarks"_s};
        v.granularities = {u"daily"_s,   u"weekly"_s,    u"monthly"_s,  u"hourly"_s,
                           u"realtime"_s, u"quarterly"_s, u"intraday"_s, u"yearly"_s};
        v.qualifiers = {u"online"_s,  u"in-store"_s,  u"b2b"_s,      u"b2c"_s,     u"mobile"_s,
                        u"web"_s,     u"partner"_s,   u"wholesale"_s, u"premium"_s, u"sme"_s,
                        u"corporate"_s, u"domestic"_s, u"cross-border"_s, u"legacy"_s,
                        u"enriched"_s, u"curated"_s,  u"raw"_s,      u"certified"_s};
        v.verbs = {u"provides"_s,  u"aggregates"_s, u"tracks"_s,    u"records"_s,
                   u"combines"_s,  u"exposes"_s,    u"reconciles"_s, u"enriches"_s,
                   u"summarises"_s, u"standardises"_s, u"publishes"_s, u"deduplicates"_s};
        v.audiences = {u"analysts"_s, u"finance"_s, u"data scientists"_s,
                       u"operations teams"_s, u"executive dashboards"_s, u"regulators"_s,
                       u"marketing"_s, u"machine learning features"_s, u"store managers"_s,
                       u"auditors"_s, u"partner integrations"_s, u"customer service"_s};
        // Ordered roughly by how often the words occur in real catalog descriptions.
        v.words = {
            u"customer"_s, u"data"_s, u"sales"_s, u"order"_s, u"daily"_s, u"revenue"_s,
            u"product"_s, u"store"_s, u"account"_s, u"payment"_s, u"transaction"_s,
            u"channel"_s, u"region"_s, u"report"_s, u"shipment"_s, u"inventory"_s,
            u"delivery"_s, u"monthly"_s, u"price"_s, u"weekly"_s, u"balance"_s,
            u"volume"_s, u"margin"_s, u"source"_s, u"partner"_s, u"cost"_s, u"status"_s,
            u"event"_s, u"online"_s, u"service"_s, u"category"_s, u"risk"_s, u"supplier"_s,
            u"forecast"_s, u"segment"_s, u"warehouse"_s, u"campaign"_s, u"market"_s,
            u"quality"_s, u"stock"_s, u"card"_s, u"carrier"_s, u"loyalty"_s, u"history"_s,
            u"promotion"_s, u"country"_s, u"currency"_s, u"route"_s, u"invoice"_s,
            u"contract"_s, u"brand"_s, u"operational"_s, u"financial"_s, u"booking"_s,
            u"settlement"_s, u"performance"_s, u"loan"_s, u"fraud"_s, u"retail"_s,
            u"digital"_s, u"basket"_s, u"consumer"_s, u"net"_s, u"gross"_s, u"fleet"_s,
            u"hub"_s, u"parcel"_s, u"lead time"_s, u"conversion"_s, u"exposure"_s,
            u"compliance"_s, u"regulatory"_s, u"member"_s, u"household"_s, u"lifetime"_s,
            u"churn"_s, u"interest"_s, u"deposit"_s, u"credit"_s, u"debit"_s, u"refund"_s,
            u"return"_s, u"discount"_s, u"footfall"_s, u"shelf"_s, u"assortment"_s,
            u"replenishment"_s, u"demand"_s, u"capacity"_s, u"utilisation"_s, u"lane"_s,
            u"freight"_s, u"tariff"_s, u"customs"_s, u"vehicle"_s, u"driver"_s,
            u"telematics"_s, u"latency"_s, u"availability"_s, u"anomaly"_s, u"threshold"_s,
            u"benchmark"_s, u"target"_s, u"budget"_s, u"variance"_s, u"ledger"_s,
            u"reconciliation"_s, u"audit"_s, u"consent"_s, u"privacy"_s, u"identity"_s,
            u"profile"_s, u"preference"_s, u"engagement"_s, u"attribution"_s,
            u"impression"_s, u"click"_s, u"session"_s, u"funnel"_s, u"cohort"_s,
            u"retention"_s, u"acquisition"_s, u"onboarding"_s, u"mortgage"_s,
            u"collateral"_s, u"arrears"_s, u"provision"_s, u"liquidity"_s, u"funding"_s,
            u"treasury"_s, u"portfolio"_s, u"holding"_s, u"trade"_s, u"valuation"_s,
            u"dispute"_s, u"chargeback"_s, u"authorization"_s, u"merchant"_s, u"acquirer"_s,
            u"issuer"_s, u"scheme"_s, u"clearing"_s, u"mandate"_s, u"overdraft"_s,
            u"statement"_s, u"sanctions"_s, u"screening"_s, u"kyc"_s, u"aml"_s,
            u"pick"_s, u"putaway"_s, u"dock"_s, u"pallet"_s, u"bin"_s, u"wave"_s,
            u"cross-docking"_s, u"consignment"_s, u"manifest"_s, u"waybill"_s,
            u"proof of delivery"_s, u"geofence"_s, u"eta"_s, u"dwell time"_s,
            u"demurrage"_s, u"detention"_s, u"backhaul"_s, u"last mile"_s, u"first mile"_s,
            u"cold chain"_s, u"temperature"_s, u"shrinkage"_s, u"markdown"_s,
            u"planogram"_s, u"elasticity"_s, u"cannibalisation"_s, u"halo effect"_s,
            u"uplift"_s, u"basket size"_s, u"ticket"_s, u"till"_s, u"receipt"_s,
            u"voucher"_s, u"coupon"_s, u"tier"_s, u"points"_s, u"reward"_s,
            u"redemption"_s, u"accrual"_s, u"amortisation"_s, u"depreciation"_s,
            u"accounts payable"_s, u"accounts receivable"_s, u"dunning"_s,
            u"write-off"_s, u"recovery"_s, u"delinquency"_s, u"prepayment"_s,
            u"origination"_s, u"underwriting"_s, u"affordability"_s, u"scorecard"_s,
            u"probability of default"_s, u"loss given default"_s, u"stress scenario"_s,
            u"capital"_s, u"hedging"_s, u"netting"_s, u"nostro"_s, u"vostro"_s,
            u"swift"_s, u"sepa"_s, u"iso 20022"_s, u"instant"_s, u"batch"_s,
            u"intraday"_s, u"end of day"_s, u"cut-off"_s, u"watermark"_s, u"snapshot"_s,
            u"slowly changing"_s, u"surrogate key"_s, u"deduplication"_s, u"late-arriving"_s,
            u"backfill"_s, u"restatement"_s, u"golden record"_s, u"master data"_s,
            u"hierarchy"_s, u"taxonomy"_s, u"geography"_s, u"postcode"_s, u"catchment"_s,
            u"franchise"_s, u"concession"_s, u"marketplace"_s, u"drop-ship"_s,
            u"click and collect"_s, u"ship from store"_s, u"locker"_s, u"pickup point"_s,
            u"courier"_s, u"subcontractor"_s, u"fuel surcharge"_s, u"toll"_s,
            u"emissions"_s, u"carbon"_s, u"scope 3"_s, u"sustainability"_s,
            u"packaging"_s, u"recycling"_s, u"hazardous goods"_s, u"incoterms"_s,
            u"harmonised code"_s, u"duty drawback"_s, u"bonded"_s, u"transshipment"_s,
            u"seasonality"_s, u"holiday peak"_s, u"black friday"_s, u"weather"_s,
            u"competitor"_s, u"price index"_s, u"basket affinity"_s, u"next best offer"_s,
            u"propensity"_s, u"uplift model"_s, u"feature store"_s, u"embedding"_s,
            u"explainability"_s, u"drift"_s, u"calibration"_s, u"backtesting"_s,
            u"confidence interval"_s, u"p95"_s, u"sla"_s, u"incident"_s, u"outage"_s,
            u"escalation"_s, u"root cause"_s, u"remediation"_s, u"attestation"_s,
            u"lineage"_s, u"provenance"_s, u"retention period"_s, u"legal hold"_s,
            u"pseudonymisation"_s, u"tokenisation"_s, u"masking"_s, u"encryption"_s};
        v.tags = {
            u"core"_s, u"finance"_s, u"sales"_s, u"customer"_s, u"gold"_s, u"pii"_s,
            u"kpi"_s, u"operational"_s, u"analytics"_s, u"silver"_s, u"daily"_s,
            u"reporting"_s, u"bronze"_s, u"gdpr"_s, u"ml-feature"_s, u"realtime"_s,
            u"orders"_s, u"payments"_s, u"logistics"_s, u"retail"_s, u"banking"_s,
            u"inventory"_s, u"marketing"_s, u"risk"_s, u"regulatory"_s, u"certified"_s,
            u"master-data"_s, u"reference-data"_s, u"streaming"_s, u"batch"_s,
            u"dashboard"_s, u"executive"_s, u"forecasting"_s, u"fraud"_s, u"compliance"_s,
            u"supply-chain"_s, u"ecommerce"_s, u"stores"_s, u"loyalty"_s, u"pricing"_s,
            u"shipments"_s, u"warehouse"_s, u"fleet"_s, u"cards"_s, u"lending"_s,
            u"treasury"_s, u"wealth"_s, u"customs"_s, u"returns"_s, u"carriers"_s,
            u"experimental"_s, u"legacy"_s, u"deprecated-soon"_s, u"sox"_s, u"pci-dss"_s,
            u"bcbs-239"_s, u"ifrs9"_s, u"basel-iii"_s, u"psd2"_s, u"aml"_s, u"kyc"_s,
            u"sanctions"_s, u"emea"_s, u"apac"_s, u"na"_s, u"latam"_s, u"global"_s,
            u"hourly"_s, u"weekly"_s, u"monthly"_s, u"snapshot"_s, u"event-stream"_s,
            u"cdc"_s, u"api"_s, u"self-service"_s, u"curated"_s, u"raw"_s, u"aggregated"_s,
            u"derived"_s, u"source-aligned"_s, u"consumer-aligned"_s, u"aggregate"_s,
            u"customer-360"_s, u"product-360"_s, u"churn"_s, u"clv"_s, u"segmentation"_s,
            u"personalisation"_s, u"recommendation"_s, u"attribution"_s, u"campaigns"_s,
            u"crm"_s, u"web"_s, u"mobile"_s, u"app"_s, u"pos"_s, u"footfall"_s,
            u"assortment"_s, u"merchandising"_s, u"promotions"_s, u"markdown"_s,
            u"replenishment"_s, u"demand"_s, u"supplier"_s, u"procurement"_s,
            u"sustainability"_s, u"esg"_s, u"carbon"_s, u"emissions"_s, u"energy"_s,
            u"cost"_s, u"revenue"_s, u"margin"_s, u"profitability"_s, u"budget"_s,
            u"ledger"_s, u"general-ledger"_s, u"accounts-payable"_s,
            u"accounts-receivable"_s, u"invoicing"_s, u"billing"_s, u"tax"_s, u"vat"_s,
            u"audit"_s, u"controls"_s, u"data-quality"_s, u"observability"_s, u"sla"_s,
            u"slo"_s, u"incident"_s, u"security"_s, u"access-controlled"_s,
            u"confidential"_s, u"restricted"_s, u"public-data"_s, u"open-data"_s,
            u"partner-shared"_s, u"external"_s, u"internal-only"_s, u"sandbox"_s,
            u"prototype"_s, u"pilot"_s, u"production"_s, u"mission-critical"_s, u"tier-1"_s,
            u"tier-2"_s, u"tier-3"_s, u"geo"_s, u"telematics"_s, u"iot"_s, u"sensor"_s,
            u"routing"_s, u"last-mile"_s, u"cold-chain"_s, u"cross-border"_s,
            u"international"_s, u"domestic"_s, u"b2b"_s, u"b2c"_s, u"sme"_s,
            u"corporate"_s, u"private-banking"_s, u"mortgages"_s, u"credit"_s,
            u"deposits"_s, u"liquidity"_s, u"fx"_s, u"market-data"_s, u"trading"_s,
            u"portfolio"_s, u"valuation"_s, u"stress-testing"_s, u"capital"_s,
            u"provisioning"_s, u"collections"_s, u"disputes"_s, u"chargebacks"_s,
            u"authorizations"_s, u"clearing"_s, u"settlement"_s, u"sepa"_s, u"swift"_s,
            u"iso20022"_s, u"instant-payments"_s, u"open-banking"_s, u"consent"_s,
            u"identity"_s, u"privacy"_s, u"retention"_s, u"archival"_s, u"backfill"_s,
            u"history"_s, u"reconciliation"_s, u"golden-record"_s, u"deduplicated"_s,
            u"geocoded"_s, u"enriched"_s, u"benchmark"_s, u"seasonality"_s, u"holiday"_s};
        v.firstNames = {
            u"Ana"_s,    u"Ben"_s,    u"Chloe"_s,  u"David"_s,  u"Elena"_s,  u"Farid"_s,
            u"Grace"_s,  u"Hugo"_s,   u"Ines"_s,   u"Jonas"_s,  u"Kaori"_s,  u"Liam"_s,
            u"Maria"_s,  u"Nikhil"_s, u"Olivia"_s, u"Pedro"_s,  u"Qiang"_s,  u"Rosa"_s,
            u"Samir"_s,  u"Tara"_s,   u"Umar"_s,   u"Vera"_s,   u"Wei"_s,    u"Ximena"_s,
            u"Yusuf"_s,  u"Zoe"_s,    u"Amara"_s,  u"Bruno"_s,  u"Carla"_s,  u"Dmitri"_s,
            u"Emma"_s,   u"Felix"_s,  u"Greta"_s,  u"Hannah"_s, u"Ivan"_s,   u"Julia"_s,
            u"Kwame"_s,  u"Lena"_s,   u"Mateo"_s,  u"Nora"_s,   u"Oscar"_s,  u"Priya"_s,
            u"Rafael"_s, u"Sofia"_s,  u"Tomas"_s,  u"Uma"_s,    u"Victor"_s, u"Wanda"_s,
            u"Yara"_s,   u"Zain"_s,   u"Aiko"_s,   u"Bilal"_s,  u"Clara"_s,  u"Diego"_s,
            u"Erik"_s,   u"Fatima"_s, u"Gabriel"_s, u"Helena"_s, u"Isaac"_s, u"Jana"_s,
            u"Karim"_s,  u"Lucia"_s,  u"Marco"_s,  u"Nadia"_s,  u"Omar"_s,   u"Paula"_s};
        v.lastNames = {
            u"Lima"_s,     u"Schmidt"_s, u"Dubois"_s,   u"Okafor"_s,  u"Rossi"_s,
            u"Nakamura"_s, u"Kowalski"_s, u"Andersen"_s, u"Silva"_s,  u"Haddad"_s,
            u"Chen"_s,     u"Patel"_s,   u"Garcia"_s,   u"Novak"_s,   u"Moreau"_s,
            u"Jensen"_s,   u"Fischer"_s, u"Costa"_s,    u"Ivanova"_s, u"Mensah"_s,
            u"Tanaka"_s,   u"Kumar"_s,   u"Lopez"_s,    u"Horvat"_s,  u"Berg"_s,
            u"Weber"_s,    u"Ferreira"_s, u"Nguyen"_s,  u"Ahmed"_s,   u"Park"_s,
            u"Muller"_s,   u"Bianchi"_s, u"Larsen"_s,   u"Santos"_s,  u"Yilmaz"_s,
            u"Kim"_s,      u"Singh"_s,   u"Martin"_s,   u"Nowak"_s,   u"Romero"_s,
            u"Eriksson"_s, u"Hoffmann"_s, u"Ricci"_s,   u"Petrov"_s,  u"Owusu"_s,
            u"Sato"_s,     u"Das"_s,     u"Alves"_s,    u"Varga"_s,   u"Lindqvist"_s,
            u"Wagner"_s,   u"Gomez"_s,   u"Mazur"_s,    u"Conti"_s,   u"Bakker"_s,
            u"Hansen"_s,   u"Reyes"_s,   u"Popescu"_s,  u"Diallo"_s,  u"Murphy"_s};
        v.acronyms = {{u"kpis"_s, u"KPIs"_s},   {u"kpi"_s, u"KPI"_s},   {u"fx"_s, u"FX"_s},
                      {u"pos"_s, u"POS"_s},     {u"aml"_s, u"AML"_s},   {u"kyc"_s, u"KYC"_s},
                      {u"eta"_s, u"ETA"_s},     {u"etas"_s, u"ETAs"_s},     {u"var"_s, u"VaR"_s},   {u"hs"_s, u"HS"_s},
                      {u"rma"_s, u"RMA"_s},     {u"sla"_s, u"SLA"_s},   {u"b2b"_s, u"B2B"_s},
                      {u"b2c"_s, u"B2C"_s},     {u"sme"_s, u"SME"_s},   {u"nav"_s, u"NAV"_s},
                      {u"sku"_s, u"SKU"_s},     {u"emea"_s, u"EMEA"_s}, {u"apac"_s, u"APAC"_s},
                      {u"latam"_s, u"LATAM"_s}, {u"na"_s, u"NA"_s},     {u"uk"_s, u"UK"_s},
                      {u"dach"_s, u"DACH"_s},   {u"anz"_s, u"ANZ"_s},   {u"crm"_s, u"CRM"_s},
                      {u"ecommerce"_s, u"E-commerce"_s}};

        auto field = [&v](const QString &name, const QString &type, const QString &description,
                          bool pii = false) {
            v.fieldIndex.insert(name, v.fields.size());
            v.fields.append({name, type, description, pii});
        };
        // Generic fields any product may carry.
        field(u"created_at"_s, u"timestamp"_s, u"When the record was created in the source."_s);
        field(u"updated_at"_s, u"timestamp"_s, u"When the record last changed in the source."_s);
        field(u"event_ts"_s, u"timestamp"_s, u"When the event happened (UTC)."_s);
        field(u"load_ts"_s, u"timestamp"_s, u"When the pipeline loaded the record."_s);
        field(u"business_date"_s, u"date"_s, u"Business day the record belongs to."_s);
        field(u"source_system"_s, u"string"_s, u"System of record the data came from."_s);
        field(u"region"_s, u"string"_s, u"Sales region code."_s);
        field(u"country_code"_s, u"string"_s, u"ISO 3166-1 alpha-2 country code."_s);
        field(u"currency"_s, u"string"_s, u"ISO 4217 currency code."_s);
        field(u"amount"_s, u"decimal(18,2)"_s, u"Amount in the record's currency."_s);
        field(u"quantity"_s, u"integer"_s, u"Number of units."_s);
        field(u"status"_s, u"string"_s, u"Current status of the record."_s);
        field(u"channel"_s, u"string"_s, u"Sales or contact channel."_s);
        field(u"record_hash"_s, u"string"_s, u"Hash of the business columns, for change detection."_s);
        field(u"is_active"_s, u"boolean"_s, u"Whether the record is currently active."_s);
        field(u"valid_from"_s, u"date"_s, u"First day the row is valid."_s);
        field(u"valid_to"_s, u"date"_s, u"Last day the row is valid; null while current."_s);
        field(u"as_of_date"_s, u"date"_s, u"Reporting date of the snapshot."_s);
        field(u"batch_id"_s, u"string"_s, u"Load batch that produced the row."_s);
        field(u"comment"_s, u"string"_s, u"Free-text comment."_s);

        // Retail.
        field(u"order_id"_s, u"string"_s, u"Order identifier."_s);
        field(u"order_line_id"_s, u"string"_s, u"Order line identifier."_s);
        field(u"customer_id"_s, u"string"_s, u"Pseudonymous customer identifier."_s);
        field(u"store_id"_s, u"string"_s, u"Store identifier."_s);
        field(u"sku"_s, u"string"_s, u"Stock keeping unit."_s);
        field(u"order_ts"_s, u"timestamp"_s, u"When the order was placed (UTC)."_s);
        field(u"net_revenue"_s, u"decimal(18,2)"_s, u"Revenue after discounts and returns, excluding VAT."_s);
        field(u"discount_amount"_s, u"decimal(12,2)"_s, u"Total discount applied."_s);
        field(u"units_sold"_s, u"integer"_s, u"Units sold."_s);
        field(u"payment_method"_s, u"string"_s, u"Card, cash, wallet or invoice."_s);
        field(u"customer_email"_s, u"string"_s, u"Customer e-mail address."_s, true);
        field(u"shipping_address"_s, u"string"_s, u"Delivery address of the order."_s, true);
        field(u"customer_name"_s, u"string"_s, u"Customer full name."_s, true);
        field(u"phone_number"_s, u"string"_s, u"Customer phone number."_s, true);
        field(u"date_of_birth"_s, u"date"_s, u"Customer date of birth."_s, true);
        field(u"postal_code"_s, u"string"_s, u"Postal code of the customer's address."_s, true);
        field(u"segment"_s, u"string"_s, u"Customer segment."_s);
        field(u"lifetime_value"_s, u"decimal(18,2)"_s, u"Predicted customer lifetime value."_s);
        field(u"churn_probability"_s, u"double"_s, u"Probability the customer churns in 90 days."_s);
        field(u"signup_date"_s, u"date"_s, u"Date the customer signed up."_s);
        field(u"marketing_opt_in"_s, u"boolean"_s, u"Whether the customer accepts marketing."_s);
        field(u"till_id"_s, u"string"_s, u"Till identifier within the store."_s);
        field(u"receipt_id"_s, u"string"_s, u"Receipt number."_s);
        field(u"footfall_count"_s, u"integer"_s, u"Visitors counted at the entrance."_s);
        field(u"employee_id"_s, u"string"_s, u"Employee identifier."_s);
        field(u"employee_name"_s, u"string"_s, u"Employee full name."_s, true);
        field(u"store_format"_s, u"string"_s, u"Hypermarket, supermarket, express or outlet."_s);
        field(u"square_meters"_s, u"decimal(10,1)"_s, u"Sales floor area."_s);
        field(u"location_id"_s, u"string"_s, u"Store or warehouse holding the stock."_s);
        field(u"stock_on_hand"_s, u"integer"_s, u"Units physically available."_s);
        field(u"stock_in_transit"_s, u"integer"_s, u"Units ordered but not yet received."_s);
        field(u"reorder_point"_s, u"integer"_s, u"Stock level that triggers replenishment."_s);
        field(u"movement_type"_s, u"string"_s, u"Receipt, sale, transfer, adjustment or write-off."_s);
        field(u"snapshot_date"_s, u"date"_s, u"Date of the stock snapshot."_s);
        field(u"price_list_id"_s, u"string"_s, u"Price list identifier."_s);
        field(u"unit_price"_s, u"decimal(12,2)"_s, u"Price per unit including VAT."_s);
        field(u"promotion_id"_s, u"string"_s, u"Promotion identifier."_s);
        field(u"discount_pct"_s, u"decimal(5,2)"_s, u"Discount in percent."_s);
        field(u"competitor_name"_s, u"string"_s, u"Competitor whose price was observed."_s);
        field(u"campaign_id"_s, u"string"_s, u"Marketing campaign identifier."_s);
        field(u"audience_id"_s, u"string"_s, u"Audience identifier."_s);
        field(u"spend_amount"_s, u"decimal(14,2)"_s, u"Media spend."_s);
        field(u"impressions"_s, u"integer"_s, u"Ad impressions."_s);
        field(u"clicks"_s, u"integer"_s, u"Ad clicks."_s);
        field(u"conversions"_s, u"integer"_s, u"Attributed conversions."_s);
        field(u"session_id"_s, u"string"_s, u"Web or app session identifier."_s);
        field(u"device_id"_s, u"string"_s, u"Device identifier."_s, true);
        field(u"ip_address"_s, u"string"_s, u"Client IP address."_s, true);
        field(u"page_url"_s, u"string"_s, u"Page URL without query string."_s);
        field(u"search_term"_s, u"string"_s, u"What the visitor searched for."_s);
        field(u"cart_value"_s, u"decimal(12,2)"_s, u"Value of the cart."_s);
        field(u"member_id"_s, u"string"_s, u"Loyalty member identifier."_s);
        field(u"points_balance"_s, u"integer"_s, u"Loyalty points available."_s);
        field(u"tier"_s, u"string"_s, u"Loyalty tier."_s);
        field(u"voucher_code"_s, u"string"_s, u"Voucher code."_s);
        field(u"earned_at"_s, u"timestamp"_s, u"When the points were earned."_s);
        field(u"product_id"_s, u"string"_s, u"Product identifier."_s);
        field(u"category_id"_s, u"string"_s, u"Merchandise category."_s);
        field(u"supplier_id"_s, u"string"_s, u"Supplier identifier."_s);
        field(u"brand"_s, u"string"_s, u"Brand name."_s);
        field(u"product_name"_s, u"string"_s, u"Product display name."_s);
        field(u"launch_date"_s, u"date"_s, u"Date the product was first sold."_s);

        // Banking.
        field(u"payment_id"_s, u"string"_s, u"Payment identifier."_s);
        field(u"account_id"_s, u"string"_s, u"Internal account identifier."_s);
        field(u"iban"_s, u"string"_s, u"International bank account number."_s, true);
        field(u"counterparty_iban"_s, u"string"_s, u"IBAN of the counterparty."_s, true);
        field(u"counterparty_name"_s, u"string"_s, u"Name of the counterparty."_s, true);
        field(u"counterparty_id"_s, u"string"_s, u"Counterparty identifier."_s);
        field(u"value_date"_s, u"date"_s, u"Date funds are available."_s);
        field(u"booking_date"_s, u"date"_s, u"Date the entry was booked."_s);
        field(u"payment_scheme"_s, u"string"_s, u"SEPA, SWIFT, instant or card scheme."_s);
        field(u"end_to_end_id"_s, u"string"_s, u"ISO 20022 end-to-end identifier."_s);
        field(u"holder_name"_s, u"string"_s, u"Account holder name."_s, true);
        field(u"balance"_s, u"decimal(18,2)"_s, u"Booked balance at end of day."_s);
        field(u"transaction_id"_s, u"string"_s, u"Transaction identifier."_s);
        field(u"product_code"_s, u"string"_s, u"Banking product code."_s);
        field(u"opened_date"_s, u"date"_s, u"Date the account was opened."_s);
        field(u"national_id"_s, u"string"_s, u"National identity number."_s, true);
        field(u"card_id"_s, u"string"_s, u"Card identifier (token)."_s);
        field(u"card_pan_masked"_s, u"string"_s, u"Masked card number (first 6, last 4)."_s);
        field(u"cardholder_name"_s, u"string"_s, u"Name embossed on the card."_s, true);
        field(u"authorization_id"_s, u"string"_s, u"Authorization identifier."_s);
        field(u"mcc_code"_s, u"string"_s, u"Merchant category code."_s);
        field(u"merchant_name"_s, u"string"_s, u"Merchant name."_s);
        field(u"credit_limit"_s, u"decimal(14,2)"_s, u"Credit limit."_s);
        field(u"authorized_at"_s, u"timestamp"_s, u"When the authorization was decided."_s);
        field(u"loan_id"_s, u"string"_s, u"Loan identifier."_s);
        field(u"application_id"_s, u"string"_s, u"Loan application identifier."_s);
        field(u"applicant_name"_s, u"string"_s, u"Applicant full name."_s, true);
        field(u"principal_amount"_s, u"decimal(18,2)"_s, u"Loan principal."_s);
        field(u"interest_rate"_s, u"decimal(7,4)"_s, u"Annual interest rate."_s);
        field(u"credit_score"_s, u"integer"_s, u"Internal credit score."_s);
        field(u"term_months"_s, u"integer"_s, u"Loan term in months."_s);
        field(u"outstanding_balance"_s, u"decimal(18,2)"_s, u"Outstanding principal."_s);
        field(u"annual_income"_s, u"decimal(14,2)"_s, u"Declared annual income."_s, true);
        field(u"exposure_id"_s, u"string"_s, u"Exposure identifier."_s);
        field(u"exposure_amount"_s, u"decimal(18,2)"_s, u"Exposure at default."_s);
        field(u"pd"_s, u"decimal(9,6)"_s, u"Probability of default."_s);
        field(u"lgd"_s, u"decimal(9,6)"_s, u"Loss given default."_s);
        field(u"risk_rating"_s, u"string"_s, u"Internal risk rating."_s);
        field(u"var_amount"_s, u"decimal(18,2)"_s, u"Value at risk (99%, 1 day)."_s);
        field(u"alert_id"_s, u"string"_s, u"Fraud alert identifier."_s);
        field(u"case_id"_s, u"string"_s, u"Investigation case identifier."_s);
        field(u"fraud_score"_s, u"double"_s, u"Model fraud score between 0 and 1."_s);
        field(u"decision"_s, u"string"_s, u"Approve, decline or review."_s);
        field(u"analyst_id"_s, u"string"_s, u"Analyst who handled the case."_s);
        field(u"check_id"_s, u"string"_s, u"Compliance check identifier."_s);
        field(u"screening_result"_s, u"string"_s, u"Clear, potential match or confirmed match."_s);
        field(u"report_period"_s, u"string"_s, u"Regulatory reporting period."_s);
        field(u"fx_rate"_s, u"decimal(18,8)"_s, u"Exchange rate to the reporting currency."_s);
        field(u"cash_position"_s, u"decimal(18,2)"_s, u"End-of-day cash position."_s);
        field(u"maturity_date"_s, u"date"_s, u"Maturity date."_s);
        field(u"portfolio_id"_s, u"string"_s, u"Portfolio identifier."_s);
        field(u"client_name"_s, u"string"_s, u"Wealth client name."_s, true);
        field(u"isin"_s, u"string"_s, u"ISIN of the instrument."_s);
        field(u"market_value"_s, u"decimal(18,2)"_s, u"Market value in the reporting currency."_s);
        field(u"trade_date"_s, u"date"_s, u"Trade date."_s);
        field(u"advisor_id"_s, u"string"_s, u"Advisor identifier."_s);

        // Logistics.
        field(u"shipment_id"_s, u"string"_s, u"Shipment identifier."_s);
        field(u"parcel_id"_s, u"string"_s, u"Parcel identifier."_s);
        field(u"tracking_number"_s, u"string"_s, u"Carrier tracking number."_s);
        field(u"carrier_id"_s, u"string"_s, u"Carrier identifier."_s);
        field(u"origin_hub"_s, u"string"_s, u"Hub where the shipment entered the network."_s);
        field(u"destination_hub"_s, u"string"_s, u"Hub serving the recipient."_s);
        field(u"weight_kg"_s, u"decimal(10,3)"_s, u"Gross weight in kilograms."_s);
        field(u"delivered_at"_s, u"timestamp"_s, u"When the parcel was delivered (UTC)."_s);
        field(u"recipient_name"_s, u"string"_s, u"Recipient full name."_s, true);
        field(u"delivery_address"_s, u"string"_s, u"Delivery address."_s, true);
        field(u"recipient_phone"_s, u"string"_s, u"Recipient phone number."_s, true);
        field(u"warehouse_id"_s, u"string"_s, u"Warehouse identifier."_s);
        field(u"bin_id"_s, u"string"_s, u"Storage bin identifier."_s);
        field(u"picked_at"_s, u"timestamp"_s, u"When the item was picked."_s);
        field(u"operator_id"_s, u"string"_s, u"Warehouse operator identifier."_s);
        field(u"dock_id"_s, u"string"_s, u"Loading dock identifier."_s);
        field(u"pallet_id"_s, u"string"_s, u"Pallet identifier (SSCC)."_s);
        field(u"wave_id"_s, u"string"_s, u"Pick wave identifier."_s);
        field(u"vehicle_id"_s, u"string"_s, u"Vehicle identifier."_s);
        field(u"driver_id"_s, u"string"_s, u"Driver identifier."_s);
        field(u"driver_name"_s, u"string"_s, u"Driver full name."_s, true);
        field(u"odometer_km"_s, u"decimal(10,1)"_s, u"Odometer reading."_s);
        field(u"fuel_liters"_s, u"decimal(8,2)"_s, u"Fuel consumed."_s);
        field(u"latitude"_s, u"double"_s, u"WGS84 latitude."_s);
        field(u"longitude"_s, u"double"_s, u"WGS84 longitude."_s);
        field(u"recorded_at"_s, u"timestamp"_s, u"When the reading was taken."_s);
        field(u"license_plate"_s, u"string"_s, u"Vehicle licence plate."_s);
        field(u"lane_id"_s, u"string"_s, u"Origin-destination lane."_s);
        field(u"rate_per_kg"_s, u"decimal(10,4)"_s, u"Contracted rate per kilogram."_s);
        field(u"invoice_number"_s, u"string"_s, u"Freight invoice number."_s);
        field(u"freight_cost"_s, u"decimal(14,2)"_s, u"Invoiced freight cost."_s);
        field(u"transit_days"_s, u"integer"_s, u"Contracted transit time in days."_s);
        field(u"route_id"_s, u"string"_s, u"Route identifier."_s);
        field(u"stop_id"_s, u"string"_s, u"Stop identifier."_s);
        field(u"planned_arrival"_s, u"timestamp"_s, u"Planned arrival at the stop."_s);
        field(u"eta"_s, u"timestamp"_s, u"Estimated time of arrival."_s);
        field(u"declaration_id"_s, u"string"_s, u"Customs declaration number."_s);
        field(u"hs_code"_s, u"string"_s, u"Harmonized System code."_s);
        field(u"declared_value"_s, u"decimal(14,2)"_s, u"Declared customs value."_s);
        field(u"duty_amount"_s, u"decimal(14,2)"_s, u"Duty paid."_s);
        field(u"country_of_origin"_s, u"string"_s, u"Country of origin of the goods."_s);
        field(u"importer_tax_id"_s, u"string"_s, u"Importer's tax identifier."_s);
        field(u"return_id"_s, u"string"_s, u"Return identifier."_s);
        field(u"return_reason"_s, u"string"_s, u"Reason given for the return."_s);
        field(u"condition"_s, u"string"_s, u"Condition of the returned item."_s);
        field(u"refund_amount"_s, u"decimal(12,2)"_s, u"Amount refunded."_s);
        field(u"received_at"_s, u"timestamp"_s, u"When the return was received."_s);

        v.genericFields = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        for (const QString &name : {u"created_at"_s, u"updated_at"_s, u"event_ts"_s,
                                    u"load_ts"_s})
            v.timestampFields.append(v.fieldIndex.value(name));
        // Fields of an industry: those its areas name, so related domains share columns.
        v.industryFields.resize(3);
        for (const Area &area : std::as_const(v.areas)) {
            for (const QString &name : area.fields) {
                Q_ASSERT(v.fieldIndex.contains(name));
                const qsizetype index = v.fieldIndex.value(name);
                if (!v.industryFields[area.industry].contains(index))
                    v.industryFields[area.industry].append(index);
            }
        }
        return v;
    }();
    return instance;
}
// clang-format on

QString plural(const QString &singular)
{
    const qsizetype colon = singular.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        return singular.mid(colon + 1);
    if (singular.endsWith(u"s"_s) || singular.endsWith(u"x"_s) || singular.endsWith(u"ch"_s)
        || singular.endsWith(u"sh"_s))
        return singular + u"es"_s;
    if (singular.endsWith(QLatin1Char('y')) && singular.size() > 1
        && !u"aeiou"_s.contains(singular.at(singular.size() - 2)))
        return singular.left(singular.size() - 1) + u"ies"_s;
    return singular + QLatin1Char('s');
}

QString singular(const QString &entity)
{
    const qsizetype colon = entity.indexOf(QLatin1Char(':'));
    return colon >= 0 ? entity.left(colon) : entity;
}

// "daily-store-sales" -> "Daily Store Sales", keeping acronyms such as KPIs and FX.
QString titleFromSlug(const QString &slug, const Vocabulary &v)
{
    QString title;
    title.reserve(slug.size());
    for (const QStringView word : slug.tokenize(QLatin1Char('-'))) {
        if (!title.isEmpty())
            title += QLatin1Char(' ');
        const auto acronym = v.acronyms.constFind(word.toString());
        if (acronym != v.acronyms.cend())
            title += *acronym;
        else
            title += word.left(1).toString().toUpper() + word.mid(1);
    }
    return title;
}

QString snake(const QString &slug)
{
    QString text = slug;
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    return text;
}

QString capitalized(const QString &sentence)
{
    return sentence.isEmpty() ? sentence : sentence.at(0).toUpper() + sentence.mid(1);
}

struct GeneratedDomain
{
    qsizetype area = 0;
    QString regionName; // empty unless a regional variant
    QList<qsizetype> teams; // indexes into the document's teams
    QList<qsizetype> related; // domains whose products this one prefers to consume
    QList<qsizetype> products; // products generated so far, oldest first
    QSet<QString> names;
};

// The whole generation, with its state, in one place.
class Generator
{
public:
    Generator(int productCount, quint32 seed, const QDateTime &now)
        : m_v(vocabulary())
        , m_random(seed)
        , m_now(now.toUTC())
        , m_productCount(std::max(0, productCount))
        , m_words(m_v.words.size(), 1.07)
        , m_tags(m_v.tags.size(), 1.0)
        , m_measures(m_v.measures.size(), 0.9)
        , m_granularities(m_v.granularities.size(), 1.2)
        , m_qualifiers(m_v.qualifiers.size(), 1.0)
        , m_verbs(m_v.verbs.size(), 0.8)
        , m_audiences(m_v.audiences.size(), 0.9)
    {
        m_now.setTime(QTime(m_now.time().hour(), m_now.time().minute(), m_now.time().second()));
    }

    bool run(const ProgressCallback &progress)
    {
        makeDomains();
        makeTeamsAndPeople();
        const qint64 total = m_productCount;
        m_doc.products.reserve(m_productCount);
        const Zipf domainSizes(m_domains.size(), 0.3);
        for (int i = 0; i < m_productCount; ++i) {
            // Every domain gets a product first, then larger domains get more.
            const qsizetype domain = i < m_domains.size() ? i : domainSizes.draw(m_random);
            makeProduct(domain);
            if (progress && (i + 1) % 1000 == 0 && !progress(i + 1, total))
                return false;
        }
        makeObservations();
        if (progress && !progress(total, total))
            return false;
        return true;
    }

    CatalogDocument takeDocument() { return std::move(m_doc); }

private:
    void makeDomains();
    void makeTeamsAndPeople();
    void makeProduct(qsizetype domainIndex);
    QString productName(GeneratedDomain &domain);
    QString sentence(const QString &title, const QString &entities);
    QString words(int count);
    QStringList tags();
    QList<OutputPort> outputPorts(const DataProduct &product, const Area &area);
    QList<SchemaField> fields(const Area &area, int count);
    QList<InputPort> inputPorts(qsizetype domainIndex, qsizetype productIndex);
    QList<ServiceLevelObjective> slos(const DataProduct &product);
    void makeObservations();

    const Vocabulary &m_v;
    Random m_random;
    QDateTime m_now;
    int m_productCount;
    Zipf m_words;
    Zipf m_tags;
    Zipf m_measures;
    Zipf m_granularities;
    Zipf m_qualifiers;
    Zipf m_verbs;
    Zipf m_audiences;
    CatalogDocument m_doc;
    QList<GeneratedDomain> m_domains;
    QList<QList<qsizetype>> m_teamMembers; // people indexes per team index
    QSet<QString> m_personIds;
};

void Generator::makeDomains()
{
    const int count = std::max(6, int(std::lround(m_productCount / 300.0)));
    const qsizetype areaCount = m_v.areas.size();
    QList<qsizetype> topLevel; // domain indexes of top-level domains
    qsizetype nextTopLevel = 0; // how many top-level domains exist
    qsizetype subdomainParent = 0; // next entry of topLevel to receive a subdomain
    QList<int> usedSubareas; // per domain
    m_doc.domains.reserve(count);
    m_domains.reserve(count);

    for (int i = 0; i < count; ++i) {
        // One domain in five is a subdomain of an earlier domain that has subareas left.
        while (subdomainParent < topLevel.size()) {
            const qsizetype parent = topLevel.at(subdomainParent);
            if (usedSubareas.at(parent) < m_v.areas.at(m_domains.at(parent).area).subareas.size())
                break;
            ++subdomainParent;
        }
        Domain domain;
        GeneratedDomain generated;
        if (i % 5 == 4 && subdomainParent < topLevel.size()) {
            const qsizetype parent = topLevel.at(subdomainParent);
            const Domain &parentDomain = m_doc.domains.at(parent);
            generated.area = m_domains.at(parent).area;
            generated.regionName = m_domains.at(parent).regionName;
            const Area &area = m_v.areas.at(generated.area);
            const QString subarea = area.subareas.at(usedSubareas[parent]++);
            const qsizetype colon = subarea.indexOf(QLatin1Char(':'));
            domain.id = parentDomain.id + QLatin1Char('-') + subarea.left(colon);
            domain.name = subarea.mid(colon + 1);
            if (!generated.regionName.isEmpty())
                domain.name += u" "_s + generated.regionName;
            domain.parentId = parentDomain.id;
            domain.description = area.description;
            generated.related.append(parent);
            m_domains[parent].related.append(i);
            ++subdomainParent; // spread subdomains over the parents
        } else {
            const qsizetype round = nextTopLevel / areaCount;
            generated.area = nextTopLevel % areaCount;
            const Area &area = m_v.areas.at(generated.area);
            domain.id = area.id;
            domain.name = area.name;
            domain.description = area.description;
            if (round > 0) {
                const Region &region = m_v.regions.at((round - 1) % m_v.regions.size());
                QString slug = region.slug;
                generated.regionName = region.name;
                if (round - 1 >= m_v.regions.size()) {
                    const QString number = QString::number((round - 1) / m_v.regions.size() + 1);
                    slug += number;
                    generated.regionName += QLatin1Char(' ') + number;
                }
                domain.id += QLatin1Char('-') + slug;
                domain.name += QLatin1Char(' ') + generated.regionName;
                domain.description += u" Scope: "_s + generated.regionName + QLatin1Char('.');
            }
            topLevel.append(i);
            ++nextTopLevel;
        }
        usedSubareas.append(0);
        m_doc.domains.append(domain);
        m_domains.append(generated);
    }

    // Related domains: same business area (regional variants, subdomains), then a few of
    // the same industry, so lineage mostly stays close as it does in a real mesh.
    QHash<qsizetype, QList<qsizetype>> byArea;
    QHash<int, QList<qsizetype>> byIndustry;
    for (qsizetype i = 0; i < m_domains.size(); ++i) {
        byArea[m_domains.at(i).area].append(i);
        byIndustry[m_v.areas.at(m_domains.at(i).area).industry].append(i);
    }
    for (qsizetype i = 0; i < m_domains.size(); ++i) {
        GeneratedDomain &domain = m_domains[i];
        const QList<qsizetype> sameArea = byArea.value(domain.area);
        for (qsizetype other : sameArea) {
            if (other != i && !domain.related.contains(other))
                domain.related.append(other);
        }
        const QList<qsizetype> &industry = byIndustry[m_v.areas.at(domain.area).industry];
        for (int k = 0; k < 4 && industry.size() > 1; ++k) {
            const qsizetype other = industry.at(m_random.below(industry.size()));
            if (other != i && !domain.related.contains(other))
                domain.related.append(other);
        }
    }
}

void Generator::makeTeamsAndPeople()
{
    static const QStringList teamKinds
        = {u"team"_s, u"analytics"_s, u"platform"_s, u"engineering"_s};
    static const QStringList teamNames
        = {u"Team"_s, u"Analytics"_s, u"Platform"_s, u"Engineering"_s};
    for (qsizetype d = 0; d < m_doc.domains.size(); ++d) {
        const int teamCount = 1 + int(m_random.chance(0.5)) + int(m_random.chance(0.2));
        QList<qsizetype> domainPeople;
        for (int t = 0; t < teamCount; ++t) {
            Team team;
            team.id = m_doc.domains.at(d).id + QLatin1Char('-') + teamKinds.at(t);
            team.name = m_doc.domains.at(d).name + QLatin1Char(' ') + teamNames.at(t);
            team.domainId = m_doc.domains.at(d).id;
            team.email = team.id + u"@example.com"_s;
            m_domains[d].teams.append(m_doc.teams.size());
            m_doc.teams.append(team);
            m_teamMembers.append(QList<qsizetype>());

            const int people = m_random.between(2, 5);
            for (int p = 0; p < people; ++p) {
                const QString &first = m_v.firstNames.at(m_random.below(m_v.firstNames.size()));
                const QString &last = m_v.lastNames.at(m_random.below(m_v.lastNames.size()));
                const QString base = first.toLower() + QLatin1Char('.') + last.toLower();
                QString id = base;
                for (int n = 2; m_personIds.contains(id); ++n)
                    id = base + QString::number(n);
                m_personIds.insert(id);
                domainPeople.append(m_doc.people.size());
                m_teamMembers.last().append(m_doc.people.size());
                m_doc.people.append(
                    {id, first + QLatin1Char(' ') + last, id + u"@example.com"_s, team.id});
            }
        }
        Domain &domain = m_doc.domains[d];
        domain.roles.append({m_doc.people.at(domainPeople.first()).id, Role::Owner});
        if (domainPeople.size() > 1)
            domain.roles.append({m_doc.people.at(domainPeople.at(1)).id, Role::Steward});
    }
}

QString Generator::productName(GeneratedDomain &domain)
{
    const Area &area = m_v.areas.at(domain.area);
    // The first product of a domain is its source-aligned core: "orders", "payments".
    if (domain.names.isEmpty()) {
        const QString name = plural(area.entities.first());
        domain.names.insert(name);
        return name;
    }
    for (int attempt = 0; attempt < 12; ++attempt) {
        // Most products are named after their own area's entities; some after a
        // neighbouring area of the same industry ("customer" in orders).
        const Area *source = &area;
        if (m_random.chance(0.15)) {
            const Area &other = m_v.areas.at(m_random.below(m_v.areas.size()));
            if (other.industry == area.industry)
                source = &other;
        }
        const QString &entity
            = source->entities.at(harmonicRank(source->entities.size(), m_random));
        const QString one = singular(entity);
        const QString &measure = m_measures.pick(m_v.measures, m_random);
        const QString &granularity = m_granularities.pick(m_v.granularities, m_random);
        const QString &qualifier = m_qualifiers.pick(m_v.qualifiers, m_random);
        QString name;
        const double pattern = m_random.uniform();
        if (pattern < 0.32)
            name = one + QLatin1Char('-') + measure;
        else if (pattern < 0.58)
            name = granularity + QLatin1Char('-') + one + QLatin1Char('-') + measure;
        else if (pattern < 0.73)
            name = granularity + QLatin1Char('-') + plural(entity);
        else if (pattern < 0.83)
            name = qualifier + QLatin1Char('-') + plural(entity);
        else if (pattern < 0.93)
            name = one + QLatin1Char('-') + measure + QLatin1Char('-') + qualifier;
        else
            name = plural(entity);
        if (!domain.names.contains(name)) {
            domain.names.insert(name);
            return name;
        }
    }
    // Crowded domains end up with versioned names, as real ones do.
    const QString base = singular(area.entities.at(harmonicRank(area.entities.size(), m_random)))
        + QLatin1Char('-') + m_measures.pick(m_v.measures, m_random);
    QString name = base;
    for (int n = 2; domain.names.contains(name); ++n)
        name = base + u"-v"_s + QString::number(n);
    domain.names.insert(name);
    return name;
}

QString Generator::words(int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += QLatin1Char(' ');
        text += m_words.pick(m_v.words, m_random);
    }
    return text;
}

QString Generator::sentence(const QString &title, const QString &entities)
{
    const QString &verb = m_verbs.pick(m_v.verbs, m_random);
    const QString &audience = m_audiences.pick(m_v.audiences, m_random);
    switch (m_random.below(4)) {
    case 0:
        return title + QLatin1Char(' ') + verb + QLatin1Char(' ') + entities + u" by "_s + words(1)
            + u" and "_s + words(1) + u" for "_s + audience + QLatin1Char('.');
    case 1:
        return capitalized(verb) + QLatin1Char(' ') + words(2) + QLatin1Char(' ') + entities
            + u" from "_s + words(1) + u" systems for "_s + audience + QLatin1Char('.');
    case 2:
        return u"The trusted source of "_s + entities + u" with "_s + words(2) + u" and "_s
            + words(2) + u", used by "_s + audience + QLatin1Char('.');
    default:
        return title + QLatin1Char(' ') + verb + QLatin1Char(' ') + words(1) + QLatin1Char(' ')
            + entities + u" per "_s + words(1) + u" for "_s + audience + QLatin1Char('.');
    }
}

QStringList Generator::tags()
{
    const int count = std::min(m_random.between(1, 5), m_random.between(1, 5));
    QStringList result;
    for (int attempt = 0; result.size() < count && attempt < 10; ++attempt) {
        const QString &tag = m_tags.pick(m_v.tags, m_random);
        if (!result.contains(tag))
            result.append(tag);
    }
    return result;
}

QList<SchemaField> Generator::fields(const Area &area, int count)
{
    QList<SchemaField> result;
    result.reserve(count);
    QSet<qsizetype> used;
    auto add = [&](qsizetype index, bool key) {
        const FieldTemplate &t = m_v.fields.at(index);
        used.insert(index);
        result.append({t.name, t.type, t.description, !key && !m_random.chance(0.3), t.pii});
    };
    // A key first, then the area's own columns, its industry's, and generic ones.
    add(m_v.fieldIndex.value(area.fields.first()), true);
    const QList<qsizetype> &industry = m_v.industryFields.at(area.industry);
    for (int attempt = 0; result.size() < count - 1 && attempt < count * 6; ++attempt) {
        const double source = m_random.uniform();
        qsizetype index;
        if (source < 0.6)
            index = m_v.fieldIndex.value(area.fields.at(m_random.below(area.fields.size())));
        else if (source < 0.85)
            index = industry.at(m_random.below(industry.size()));
        else
            index = m_v.genericFields.at(m_random.below(m_v.genericFields.size()));
        // Personal data is the exception: most products don't carry it.
        if (used.contains(index) || (m_v.fields.at(index).pii && m_random.chance(0.9)))
            continue;
        add(index, false);
    }
    // Rejected draws can leave a port short: top it up with generic columns.
    for (qsizetype index : m_v.genericFields) {
        if (result.size() >= count - 1)
            break;
        if (!used.contains(index))
            add(index, false);
    }
    for (qsizetype index : m_v.timestampFields) {
        if (!used.contains(index)) {
            add(index, false);
            break;
        }
    }
    return result;
}

QList<OutputPort> Generator::outputPorts(const DataProduct &product, const Area &area)
{
    const QString base = snake(product.name);
    const QString domain = snake(product.domainId);
    const QString major = product.version.section(QLatin1Char('.'), 0, 0);
    const int count = m_random.chance(0.55) ? 1 : (m_random.chance(0.7) ? 2 : 3);
    QList<PortType> types;
    const double first = m_random.uniform();
    types.append(first < 0.7        ? PortType::Table
                     : first < 0.82 ? PortType::Topic
                     : first < 0.94 ? PortType::View
                                    : PortType::File);
    static const QList<PortType> extra
        = {PortType::Topic, PortType::Api, PortType::View, PortType::File, PortType::Table};
    for (int attempt = 0; types.size() < count && attempt < 10; ++attempt) {
        const PortType type = extra.at(m_random.below(extra.size()));
        if (!types.contains(type))
            types.append(type);
    }

    QList<OutputPort> ports;
    for (PortType type : std::as_const(types)) {
        OutputPort port;
        port.type = type;
        switch (type) {
        case PortType::Table:
            port.name = base + u"_table"_s;
            port.location = u"warehouse."_s + domain + QLatin1Char('.') + base;
            break;
        case PortType::View:
            port.name = base + u"_view"_s;
            port.location = u"warehouse."_s + domain + u".v_"_s + base;
            break;
        case PortType::Topic:
            port.name = base + u"_events"_s;
            port.location = product.domainId + QLatin1Char('.') + product.name + u".v"_s + major;
            break;
        case PortType::Api:
            port.name = base + u"_api"_s;
            port.location = u"https://api.example.com/"_s + product.domainId + QLatin1Char('/')
                + product.name + u"/v"_s + major;
            break;
        case PortType::File:
            port.name = base + u"_files"_s;
            port.location = u"s3://datalake/"_s + product.domainId + QLatin1Char('/') + product.name
                + QLatin1Char('/');
            break;
        }
        port.contractId
            = u"urn:odcs:"_s + product.domainId + QLatin1Char(':') + product.name + u":v"_s + major;
        port.schemaVersion = product.version;
        port.fields = fields(area, m_random.between(4, 15));
        ports.append(port);
    }
    return ports;
}

QList<InputPort> Generator::inputPorts(qsizetype domainIndex, qsizetype productIndex)
{
    // 0-4 inputs, about 1.5 on average; earlier products only, so the lineage is a DAG.
    static const double cumulative[] = {0.25, 0.55, 0.78, 0.92, 1.0};
    const double u = m_random.uniform();
    int count = 0;
    while (count < 4 && u >= cumulative[count])
        ++count;

    const GeneratedDomain &domain = m_domains.at(domainIndex);
    QList<InputPort> inputs;
    for (int attempt = 0; inputs.size() < count && attempt < count * 4; ++attempt) {
        qsizetype producer = -1;
        const double where = m_random.uniform();
        // Earlier products of a domain are its hubs: draw them more often.
        if (where < 0.6 && !domain.products.isEmpty()) {
            producer = domain.products.at(harmonicRank(domain.products.size(), m_random));
        } else if (where < 0.88 && !domain.related.isEmpty()) {
            const GeneratedDomain &related
                = m_domains.at(domain.related.at(m_random.below(domain.related.size())));
            if (!related.products.isEmpty())
                producer = related.products.at(harmonicRank(related.products.size(), m_random));
        } else if (productIndex > 0) {
            producer = m_random.below(productIndex);
        }
        if (producer < 0)
            continue;
        const DataProduct &upstream = m_doc.products.at(producer);
        const bool duplicate
            = std::any_of(inputs.cbegin(), inputs.cend(),
                          [&](const InputPort &in) { return in.productId == upstream.id; });
        if (duplicate)
            continue;
        const OutputPort &port = upstream.outputPorts.at(
            m_random.chance(0.8) ? 0 : m_random.below(upstream.outputPorts.size()));
        inputs.append({upstream.id, port.name});
    }
    return inputs;
}

QList<ServiceLevelObjective> Generator::slos(const DataProduct &product)
{
    const OutputPort &port = product.outputPorts.first();
    QString timestampField = port.fields.last().name;
    const QString element = snake(product.name) + QLatin1Char('.') + timestampField;
    static const QString drivers[] = {u"operational"_s, u"analytics"_s, u"regulatory"_s};

    QList<ServiceLevelObjective> result;
    auto add = [&result](ServiceLevelObjective slo) { result.append(std::move(slo)); };
    if (m_random.chance(0.8)) {
        static const qint64 hours[] = {1, 2, 4, 6, 12, 24, 48};
        ServiceLevelObjective slo;
        slo.id = u"freshness"_s;
        slo.property = u"latency"_s;
        slo.value = hours[m_random.below(std::size(hours))];
        slo.unit = u"h"_s;
        slo.element = element;
        slo.driver = drivers[m_random.below(2)];
        slo.description = u"Data is at most this old when read."_s;
        add(slo);
    }
    if (m_random.chance(0.5)) {
        static const double levels[] = {99.0, 99.5, 99.9, 99.95};
        ServiceLevelObjective slo;
        slo.id = u"availability"_s;
        slo.property = u"availability"_s;
        slo.value = levels[m_random.below(std::size(levels))];
        slo.unit = u"%"_s;
        slo.driver = u"operational"_s;
        slo.description = u"Share of the month the output ports answer."_s;
        add(slo);
    }
    if (result.size() < 3 && m_random.chance(0.4)) {
        static const double levels[] = {95.0, 98.0, 99.0, 99.5, 100.0};
        ServiceLevelObjective slo;
        slo.id = u"completeness"_s;
        slo.property = u"completeness"_s;
        slo.value = levels[m_random.below(std::size(levels))];
        slo.unit = u"%"_s;
        slo.element = snake(product.name) + QLatin1Char('.') + port.fields.first().name;
        slo.driver = drivers[m_random.below(3)];
        slo.description = u"Share of expected rows present after each load."_s;
        add(slo);
    }
    if (result.size() < 3 && m_random.chance(0.2)) {
        static const qint64 years[] = {1, 2, 5, 7, 10};
        ServiceLevelObjective slo;
        slo.id = u"retention"_s;
        slo.property = u"retention"_s;
        slo.value = years[m_random.below(std::size(years))];
        slo.unit = u"y"_s;
        slo.driver = u"regulatory"_s;
        slo.description = u"How long records are kept."_s;
        add(slo);
    }
    if (result.size() < 3 && m_random.chance(0.2)) {
        ServiceLevelObjective slo;
        slo.id = u"frequency"_s;
        slo.property = u"frequency"_s;
        slo.value = qint64(1);
        slo.unit = u"d"_s;
        slo.driver = u"analytics"_s;
        slo.scheduler = u"cron"_s;
        slo.schedule = u"0 %1 * * *"_s.arg(m_random.between(0, 6));
        add(slo);
    }
    if (result.isEmpty() || (result.size() < 3 && m_random.chance(0.1))) {
        ServiceLevelObjective slo;
        slo.id = u"time-of-availability"_s;
        slo.property = u"timeOfAvailability"_s;
        slo.value = u"%1:00"_s.arg(m_random.between(5, 10), 2, 10, QLatin1Char('0'));
        slo.driver = u"analytics"_s;
        slo.description = u"Yesterday's data is available by this time (UTC)."_s;
        add(slo);
    }
    return result;
}

void Generator::makeProduct(qsizetype domainIndex)
{
    GeneratedDomain &domain = m_domains[domainIndex];
    const Area &area = m_v.areas.at(domain.area);
    const Domain &catalogDomain = m_doc.domains.at(domainIndex);
    const qsizetype index = m_doc.products.size();

    DataProduct product;
    product.domainId = catalogDomain.id;
    product.name = productName(domain);
    product.id = DataProduct::makeId(product.domainId, product.name);
    product.title = titleFromSlug(product.name, m_v);
    if (!domain.regionName.isEmpty())
        product.title += u" ("_s + domain.regionName + QLatin1Char(')');

    const double status = m_random.uniform();
    product.status = status < 0.55 ? LifecycleStatus::Published
        : status < 0.70            ? LifecycleStatus::Draft
        : status < 0.80            ? LifecycleStatus::Proposed
        : status < 0.92            ? LifecycleStatus::Deprecated
                                   : LifecycleStatus::Retired;
    if (product.status == LifecycleStatus::Deprecated)
        product.sunsetDate = m_now.date().addDays(m_random.between(30, 540));
    else if (product.status == LifecycleStatus::Retired && m_random.chance(0.7))
        product.sunsetDate = m_now.date().addDays(-m_random.between(1, 400));

    const bool early
        = product.status == LifecycleStatus::Draft || product.status == LifecycleStatus::Proposed;
    const int major = early ? 0 : std::min(m_random.between(1, 4), m_random.between(1, 4));
    product.version = u"%1.%2.%3"_s.arg(major).arg(m_random.below(13)).arg(m_random.below(10));

    const QString entities
        = plural(singular(area.entities.at(harmonicRank(area.entities.size(), m_random))))
              .replace(QLatin1Char('-'), QLatin1Char(' '));
    product.purpose = sentence(product.title, entities);
    if (m_random.chance(0.5))
        product.purpose += u" Includes "_s + words(2) + u", "_s + words(1) + u" and "_s + words(2)
            + QLatin1Char('.');
    switch (m_random.below(4)) {
    case 0:
        product.limitations = u"Excludes "_s + words(2) + u" before "_s
            + QString::number(m_now.date().year() - m_random.between(1, 8)) + QLatin1Char('.');
        break;
    case 1:
        product.limitations = u"Late "_s + words(2) + u" records can arrive up to "_s
            + QString::number(m_random.between(2, 72)) + u" hours late."_s;
        break;
    case 2:
        product.limitations
            = u"Does not cover "_s + words(2) + u" or "_s + words(1) + QLatin1Char('.');
        break;
    default:
        break;
    }
    product.usage = m_random.chance(0.6)
        ? u"Join on "_s + m_v.fields.at(m_v.fieldIndex.value(area.fields.first())).name + u" for "_s
            + words(2) + u" reporting; not for "_s + words(1) + u" decisions."_s
        : QString();

    product.tags = tags();
    const double classification = m_random.uniform();
    product.classification = classification < 0.1 ? Classification::Public
        : classification < 0.6                    ? Classification::Internal
        : classification < 0.87                   ? Classification::Confidential
                                                  : Classification::Restricted;

    const qsizetype teamIndex = domain.teams.at(harmonicRank(domain.teams.size(), m_random));
    const Team &team = m_doc.teams.at(teamIndex);
    product.ownerTeamId = team.id;
    product.supportChannels.append({u"slack"_s, u"https://chat.example.com/c/"_s + team.id});
    if (m_random.chance(0.4))
        product.supportChannels.append({u"email"_s, u"mailto:"_s + team.email});
    if (m_random.chance(0.2))
        product.supportChannels.append(
            {u"issues"_s, u"https://issues.example.com/"_s + product.domainId});

    const QList<qsizetype> &members = m_teamMembers.at(teamIndex);
    if (!members.isEmpty()) {
        const qsizetype owner = members.at(m_random.below(members.size()));
        product.roles.append({m_doc.people.at(owner).id, Role::Owner});
        if (members.size() > 1 && m_random.chance(0.6)) {
            qsizetype steward = members.at(m_random.below(members.size()));
            if (steward != owner)
                product.roles.append({m_doc.people.at(steward).id, Role::Steward});
        }
    }
    if (m_random.chance(0.2) && !m_doc.people.isEmpty()) {
        const Person &consumer = m_doc.people.at(m_random.below(m_doc.people.size()));
        if (consumer.teamId != team.id)
            product.roles.append({consumer.id, Role::Consumer});
    }

    product.customProperties.insert(u"costCenter"_s, u"CC-%1"_s.arg(1000 + domainIndex % 9000));
    if (m_random.chance(0.4)) {
        static const QString layers[] = {u"bronze"_s, u"silver"_s, u"gold"_s};
        product.customProperties.insert(u"dataLayer"_s, layers[m_random.below(3)]);
    }

    product.outputPorts = outputPorts(product, area);
    product.inputPorts = inputPorts(domainIndex, index);
    product.slos = slos(product);

    // Personal data is never public.
    const bool pii = std::any_of(
        product.outputPorts.cbegin(), product.outputPorts.cend(), [](const OutputPort &port) {
            return std::any_of(port.fields.cbegin(), port.fields.cend(),
                               [](const SchemaField &field) { return field.pii; });
        });
    if (pii) {
        if (product.classification < Classification::Confidential)
            product.classification = Classification::Confidential;
        if (!product.tags.contains(u"pii"_s) && product.tags.size() < 5)
            product.tags.append(u"pii"_s);
    }

    const qint64 ageSeconds = qint64(m_random.between(30, 1200)) * 86400 + m_random.below(86400);
    product.createdAt = m_now.addSecs(-ageSeconds);
    product.updatedAt = product.createdAt.addSecs(qint64(m_random.uniform() * ageSeconds));

    domain.products.append(index);
    m_doc.products.append(std::move(product));
}

void Generator::makeObservations()
{
    // Daily measurements over the last 30 days for about 2% of the products.
    for (const DataProduct &product : std::as_const(m_doc.products)) {
        if (!m_random.chance(0.02))
            continue;
        for (const ServiceLevelObjective &slo : product.slos) {
            const bool latency = slo.property == u"latency"_s;
            const bool percent
                = slo.property == u"availability"_s || slo.property == u"completeness"_s;
            if (!latency && !percent)
                continue;
            const double target = slo.value.toDouble();
            for (int day = 29; day >= 0; --day) {
                double value;
                if (latency) {
                    // Usually well within target, with the occasional late load.
                    value = target * (0.3 + 0.6 * m_random.uniform());
                    if (m_random.chance(0.06))
                        value = target * (1.1 + m_random.uniform());
                } else {
                    const double slack = 100.0 - target;
                    value = 100.0 - slack * m_random.uniform() * 0.8;
                    if (m_random.chance(0.05))
                        value = target - (1.0 + 4.0 * m_random.uniform());
                }
                value = std::round(value * 100.0) / 100.0;
                m_doc.observations.append(
                    {product.id, slo.id, m_now.addDays(-day), std::max(0.0, value)});
            }
        }
    }
}

} // namespace

CatalogDocument SyntheticCatalog::generate(int products, quint32 seed, const QDateTime &now,
                                           const ProgressCallback &progress)
{
    Generator generator(products, seed, now);
    if (!generator.run(progress))
        return {};
    return generator.takeDocument();
}

} // namespace Tessera
