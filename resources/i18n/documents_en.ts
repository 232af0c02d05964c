<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Layout</name>
    <message id="page">
        <source>Page {n} of {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message id="tel">
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message id="date">
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message id="our_ref">
        <source>Our reference</source>
        <translation>Our reference</translation>
    </message>
    <message id="telephone">
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message id="apology">
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
    <message id="thank-you">
        <source>Thank-you</source>
        <translation>Thank-you</translation>
    </message>
    <message id="follow-up">
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message id="acknowledgement">
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message id="none">
        <source>None</source>
        <translation>None</translation>
    </message>
    <message id="refund">
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message id="credit">
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message id="replacement">
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message id="discount">
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message id="gift">
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message id="apology_only">
        <source>Apology only</source>
        <translation>Apology only</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message id="in_person">
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message id="phone">
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message id="email">
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message id="web">
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message id="social">
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message id="low">
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message id="medium">
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message id="high">
        <source>High</source>
        <translation>High</translation>
    </message>
    <message id="critical">
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message id="doc_title">
        <source>Service report {month}</source>
        <translation>Service report {month}</translation>
    </message>
    <message id="title">
        <source>Service report: {month}</source>
        <translation>Service report: {month}</translation>
    </message>
    <message id="intro">
        <source>Cases that occurred in {month} (local time). Targets: acknowledge a complaint within {ack} hours, resolve it within {days} days. Prepared {today}.</source>
        <translation>Cases that occurred in {month} (local time). Targets: acknowledge a complaint within {ack} hours, resolve it within {days} days. Prepared {today}.</translation>
    </message>
    <message id="running">
        <source> {name} is not over yet: these are the figures so far, against the whole of last month.</source>
        <translation> {name} is not over yet: these are the figures so far, against the whole of last month.</translation>
    </message>
    <message id="empty">
        <source>No cases were logged in {month}.</source>
        <translation>No cases were logged in {month}.</translation>
    </message>
    <message id="empty_text">
        <source>There is nothing to report for this month: no complaints, compliments, questions or requests were recorded. If that is a surprise, check that the team is logging what customers tell them.</source>
        <translation>There is nothing to report for this month: no complaints, compliments, questions or requests were recorded. If that is a surprise, check that the team is logging what customers tell them.</translation>
    </message>
    <message id="empty_open_one">
        <source>{n} complaint from earlier months was still open at the end of the month.</source>
        <translation>{n} complaint from earlier months was still open at the end of the month.</translation>
    </message>
    <message id="empty_open_other">
        <source>{n} complaints from earlier months were still open at the end of the month.</source>
        <translation>{n} complaints from earlier months were still open at the end of the month.</translation>
    </message>
    <message id="no_figure">
        <source>no figure for {prev}</source>
        <translation>no figure for {prev}</translation>
    </message>
    <message id="same">
        <source>= same as {prev}</source>
        <translation>= same as {prev}</translation>
    </message>
    <message id="versus">
        <source>on {prev} ({before})</source>
        <translation>on {prev} ({before})</translation>
    </message>
    <message id="tile_cases">
        <source>Cases logged</source>
        <translation>Cases logged</translation>
    </message>
    <message id="tile_complaints">
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message id="tile_compliments">
        <source>Compliments</source>
        <translation>Compliments</translation>
    </message>
    <message id="tile_recovered">
        <source>Customers recovered</source>
        <translation>Customers recovered</translation>
    </message>
    <message id="tile_resolve">
        <source>Median time to resolve</source>
        <translation>Median time to resolve</translation>
    </message>
    <message id="tile_satisfaction">
        <source>Satisfaction (of 5)</source>
        <translation>Satisfaction (of 5)</translation>
    </message>
    <message id="tile_cost">
        <source>Cost of putting it right</source>
        <translation>Cost of putting it right</translation>
    </message>
    <message id="tile_open">
        <source>Complaints open at month end</source>
        <translation>Complaints open at month end</translation>
    </message>
    <message id="on_time">
        <source>Complaints answered on time</source>
        <translation>Complaints answered on time</translation>
    </message>
    <message id="ack_within">
        <source>Acknowledged within {h} h</source>
        <translation>Acknowledged within {h} h</translation>
    </message>
    <message id="resolved_within">
        <source>Resolved within {d} days</source>
        <translation>Resolved within {d} days</translation>
    </message>
    <message id="no_complaints">
        <source>no complaints</source>
        <translation>no complaints</translation>
    </message>
    <message id="part_of">
        <source>{part} of {whole} complaints</source>
        <translation>{part} of {whole} complaints</translation>
    </message>
    <message id="hours">
        <source>{v} h</source>
        <translation>{v} h</translation>
    </message>
    <message id="days">
        <source>{v} days</source>
        <translation>{v} days</translation>
    </message>
    <message id="by_kind">
        <source>Cases by kind</source>
        <translation>Cases by kind</translation>
    </message>
    <message id="by_category">
        <source>Complaints by category</source>
        <translation>Complaints by category</translation>
    </message>
    <message id="none_this_month">
        <source>No complaints this month.</source>
        <translation>No complaints this month.</translation>
    </message>
    <message id="largest">
        <source>The 8 largest of {n} categories.</source>
        <translation>The 8 largest of {n} categories.</translation>
    </message>
    <message id="no_category">
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message id="kind_complaint">
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message id="kind_compliment">
        <source>Compliments</source>
        <translation>Compliments</translation>
    </message>
    <message id="kind_question">
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message id="kind_request">
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message id="response_times">
        <source>Response times</source>
        <translation>Response times</translation>
    </message>
    <message id="none_acked">
        <source>none acknowledged yet</source>
        <translation>none acknowledged yet</translation>
    </message>
    <message id="ack_text">
        <source>Median time to acknowledge a complaint: &lt;b&gt;{median}&lt;/b&gt; (target {h} h); {part} of {whole} acknowledged within target.</source>
        <translation>Median time to acknowledge a complaint: &lt;b&gt;{median}&lt;/b&gt; (target {h} h); {part} of {whole} acknowledged within target.</translation>
    </message>
    <message id="not_acked">
        <source> {n} not acknowledged yet.</source>
        <translation> {n} not acknowledged yet.</translation>
    </message>
    <message id="none_resolved">
        <source>none resolved yet</source>
        <translation>none resolved yet</translation>
    </message>
    <message id="resolve_text">
        <source>Median time to resolve: &lt;b&gt;{median}&lt;/b&gt; (target {d} days); {part} of {whole} resolved within target, {done} resolved so far.</source>
        <translation>Median time to resolve: &lt;b&gt;{median}&lt;/b&gt; (target {d} days); {part} of {whole} resolved within target, {done} resolved so far.</translation>
    </message>
    <message id="time_to_ack">
        <source>Time to acknowledge</source>
        <translation>Time to acknowledge</translation>
    </message>
    <message id="time_to_resolve">
        <source>Time to resolve</source>
        <translation>Time to resolve</translation>
    </message>
    <message id="backlog">
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message id="backlog_clear">
        <source>Every complaint was settled by {date}. Nothing is waiting.</source>
        <translation>Every complaint was settled by {date}. Nothing is waiting.</translation>
    </message>
    <message id="open_for">
        <source>Open for</source>
        <translation>Open for</translation>
    </message>
    <message id="complaints">
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message id="backlog_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaint (from this month or earlier) was still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; complaint (from this month or earlier) was still open on {date}.</translation>
    </message>
    <message id="backlog_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaints (from this month or earlier) were still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; complaints (from this month or earlier) were still open on {date}.</translation>
    </message>
    <message id="in_detail">
        <source>Cases in detail</source>
        <translation>Cases in detail</translation>
    </message>
    <message id="category">
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message id="all_cases">
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message id="other_categories">
        <source>{n} other categories</source>
        <translation>{n} other categories</translation>
    </message>
    <message id="channel">
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message id="cases">
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message id="severity_head">
        <source>Complaint severity</source>
        <translation>Complaint severity</translation>
    </message>
    <message id="remedies">
        <source>Putting things right</source>
        <translation>Putting things right</translation>
    </message>
    <message id="no_remedies">
        <source>No remedies were given this month.</source>
        <translation>No remedies were given this month.</translation>
    </message>
    <message id="remedy">
        <source>Remedy</source>
        <translation>Remedy</translation>
    </message>
    <message id="cost">
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message id="total">
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message id="remedies_one">
        <source>{n} case received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} case received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</translation>
    </message>
    <message id="remedies_other">
        <source>{n} cases received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} cases received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</translation>
    </message>
    <message id="satisfaction">
        <source>Satisfaction and recovered customers</source>
        <translation>Satisfaction and recovered customers</translation>
    </message>
    <message id="rated_one">
        <source>{n} customer told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} customer told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</translation>
    </message>
    <message id="rated_other">
        <source>{n} customers told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} customers told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</translation>
    </message>
    <message id="not_rated">
        <source>No customer rated their satisfaction this month.</source>
        <translation>No customer rated their satisfaction this month.</translation>
    </message>
    <message id="recovered">
        <source>&lt;b&gt;Recovered customers:&lt;/b&gt; {back} of the {n} customers who complained this month have come back. Winning them back is the point of it all.</source>
        <translation>&lt;b&gt;Recovered customers:&lt;/b&gt; {back} of the {n} customers who complained this month have come back. Winning them back is the point of it all.</translation>
    </message>
    <message id="compliments">
        <source>Compliments</source>
        <translation>Compliments</translation>
    </message>
    <message id="no_compliments">
        <source>No compliments were logged this month.</source>
        <translation>No compliments were logged this month.</translation>
    </message>
    <message id="compliments_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliment this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; compliment this month.</translation>
    </message>
    <message id="compliments_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliments this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; compliments this month.</translation>
    </message>
    <message id="shout_outs">
        <source>Compliments and staff shout-outs</source>
        <translation>Compliments and staff shout-outs</translation>
    </message>
    <message id="praised">
        <source>Praised by name</source>
        <translation>Praised by name</translation>
    </message>
    <message id="others">
        <source>{n} others</source>
        <translation>{n} others</translation>
    </message>
    <message id="thanks">
        <source>A special thank-you to &lt;b&gt;{top}&lt;/b&gt;, named most often by customers.</source>
        <translation>A special thank-you to &lt;b&gt;{top}&lt;/b&gt;, named most often by customers.</translation>
    </message>
    <message id="lessons">
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message id="no_lessons">
        <source>No lessons were written down this month.</source>
        <translation>No lessons were written down this month.</translation>
    </message>
    <message id="and_more">
        <source> and {n} more</source>
        <translation> and {n} more</translation>
    </message>
    <message id="more_lessons">
        <source>… and {n} more lessons.</source>
        <translation>… and {n} more lessons.</translation>
    </message>
    <message id="open_list">
        <source>Complaints still open at the end of the month</source>
        <translation>Complaints still open at the end of the month</translation>
    </message>
    <message id="ref">
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message id="since">
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message id="age">
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message id="severity">
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message id="who_what">
        <source>Customer, category and summary</source>
        <translation>Customer, category and summary</translation>
    </message>
    <message id="now">
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message id="age_days">
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message id="resolved_on">
        <source>resolved {date}</source>
        <translation>resolved {date}</translation>
    </message>
    <message id="still_open">
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message id="oldest_first">
        <source>Oldest first, aged on {date}.</source>
        <translation>Oldest first, aged on {date}.</translation>
    </message>
    <message id="listed">
        <source> The {n} oldest of {total} are listed.</source>
        <translation> The {n} oldest of {total} are listed.</translation>
    </message>
    <message id="approvals">
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message id="asked_above">
        <source>Remedies asked for above a person's limit</source>
        <translation>Remedies asked for above a person's limit</translation>
    </message>
    <message id="requested_n">
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message id="approved_n">
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message id="declined_n">
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message id="median_decision">
        <source>Median time to a decision</source>
        <translation>Median time to a decision</translation>
    </message>
    <message id="given_over_n">
        <source>Given above the limit without approval</source>
        <translation>Given above the limit without approval</translation>
    </message>
    <message id="given_over_note">
        <source>Remedies handed over above a limit without approval wait for the owner's review.</source>
        <translation>Remedies handed over above a limit without approval wait for the owner's review.</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message id="&lt; 1 h">
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message id="1-4 h">
        <source>1-4 h</source>
        <translation>1-4 h</translation>
    </message>
    <message id="4-24 h">
        <source>4-24 h</source>
        <translation>4-24 h</translation>
    </message>
    <message id="1-2 days">
        <source>1-2 days</source>
        <translation>1-2 days</translation>
    </message>
    <message id="&gt; 2 days">
        <source>&gt; 2 days</source>
        <translation>&gt; 2 days</translation>
    </message>
    <message id="&lt; 1 day">
        <source>&lt; 1 day</source>
        <translation>&lt; 1 day</translation>
    </message>
    <message id="1-3 days">
        <source>1-3 days</source>
        <translation>1-3 days</translation>
    </message>
    <message id="3-7 days">
        <source>3-7 days</source>
        <translation>3-7 days</translation>
    </message>
    <message id="1-2 weeks">
        <source>1-2 weeks</source>
        <translation>1-2 weeks</translation>
    </message>
    <message id="&gt; 2 weeks">
        <source>&gt; 2 weeks</source>
        <translation>&gt; 2 weeks</translation>
    </message>
    <message id="under a week">
        <source>under a week</source>
        <translation>under a week</translation>
    </message>
    <message id="1-4 weeks">
        <source>1-4 weeks</source>
        <translation>1-4 weeks</translation>
    </message>
    <message id="over 4 weeks">
        <source>over 4 weeks</source>
        <translation>over 4 weeks</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message id="date_line">
        <source>{town}, {date}</source>
        <translation>{date}</translation>
    </message>
    <message id="subject">
        <source>{subject}</source>
        <translation>{subject}</translation>
    </message>
</context>
</TS>
