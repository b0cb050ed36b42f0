<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>AchievementsPage</name>
    <message>
        <source>Tóm tắt thành tích của từng đối tượng, các kết quả, sáng kiến, điển hình liên quan và giấy tờ kèm theo.</source>
        <translation>Summary of each nominee&apos;s achievements, results, related initiatives and exemplars, and attached documents.</translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Xóa tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Thành tích:</source>
        <translation>Achievements:</translation>
    </message>
    <message>
        <source>Sáng kiến, đề tài:</source>
        <translation>Initiatives, research projects:</translation>
    </message>
    <message>
        <source>Điển hình, việc tốt:</source>
        <translation>Exemplars, good deeds:</translation>
    </message>
    <message>
        <source>Chỉ tiêu liên quan:</source>
        <translation>Related indicators:</translation>
    </message>
    <message>
        <source>Tệp kèm theo
(cả đề nghị):</source>
        <translation>Attachments
(whole proposal):</translation>
    </message>
    <message>
        <source>Thêm tệp kèm theo (tối đa 20 MB mỗi tệp)</source>
        <translation>Add an attachment (up to 20 MB per file)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Quản trị</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu và thiết lập</source>
        <translation>Database and settings</translation>
    </message>
    <message>
        <source>{user} – vai trò: {role}</source>
        <translation>{user} – role: {role}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Phiên bản lược đồ:</source>
        <translation>Schema revision:</translation>
    </message>
    <message>
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Thiết lập có hiệu lực theo ngày</source>
        <translation>Settings with effective dates</translation>
    </message>
    <message>
        <source>Mỗi thiết lập áp dụng từ ngày hiệu lực cho đến khi có giá trị mới. Dòng «chưa xác nhận» (nền vàng) cần đối chiếu văn bản gốc trước khi dùng; đưa chuột lên dòng để xem căn cứ.</source>
        <translation>Each setting applies from its effective date until a new value. Rows marked “unconfirmed” (amber) must be checked against the official text before use; hover over a row to see its basis.</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>Aggregation</name>
    <message>
        <source>Cộng</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Trung bình có trọng số</source>
        <translation>Weighted average</translation>
    </message>
    <message>
        <source>Số mới nhất</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Chỉ cấp xã</source>
        <translation>Commune level only</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong đợi: {error}. Chi tiết được ghi vào tệp tnapp.log.</source>
        <translation>An unexpected error occurred: {error}. The details were written to tnapp.log.</translation>
    </message>
</context>
<context>
    <name>AppendixPreviewDialog</name>
    <message>
        <source>Nhập phụ lục chỉ tiêu – {file}</source>
        <translation>Import indicator appendix – {file}</translation>
    </message>
    <message>
        <source>{changes} chỉ tiêu thêm mới hoặc thay đổi, {same} không đổi, {bad} lỗi.</source>
        <translation>New or changed indicators: {changes}; unchanged: {same}; errors: {bad}.</translation>
    </message>
    <message>
        <source>«{text}» → đơn vị mới, mã {code} ({kind})</source>
        <translation>«{text}» → new unit, code {code} ({kind})</translation>
    </message>
    <message>
        <source>Thay đổi ({n})</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <source>Lỗi ({n})</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <source>Lưu ý ({n})</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Đọc lại với lựa chọn đã chọn</source>
        <translation>Read again with these choices</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Các cột đã đọc ({n})</source>
        <translation>Columns read ({n})</translation>
    </message>
    <message>
        <source>Đơn vị ({n})</source>
        <translation>Units ({n})</translation>
    </message>
    <message>
        <source>Các đơn vị sau chưa có trong danh mục. Chọn đơn vị có sẵn, hoặc xác nhận thêm đơn vị mới, rồi bấm «Đọc lại với lựa chọn đã chọn»:</source>
        <translation>These units are not in the catalogue. Choose an existing unit, or confirm adding a new one, then click «Read again with these choices»:</translation>
    </message>
    <message>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Thêm đơn vị mới «{text}»</source>
        <translation>Add new unit «{text}»</translation>
    </message>
    <message>
        <source>«{text}» (dòng {rows}):</source>
        <translation>«{text}» (rows {rows}):</translation>
    </message>
    <message>
        <source>Các chỉ tiêu sau gần giống chỉ tiêu trong danh mục (khác dấu hoặc một chữ). Chọn là chỉ tiêu đó hay chỉ tiêu mới, rồi bấm «Đọc lại với lựa chọn đã chọn»:</source>
        <translation>These indicators are close to one in the catalogue (a tone mark or one letter apart). Choose whether each is that indicator or a new one, then click «Read again with these choices»:</translation>
    </message>
    <message>
        <source>Là chỉ tiêu «{name}» (mã {code})</source>
        <translation>Is the indicator «{name}» (code {code})</translation>
    </message>
    <message>
        <source>Là chỉ tiêu mới «{text}»</source>
        <translation>Is a new indicator «{text}»</translation>
    </message>
    <message>
        <source>«{text}»:</source>
        <translation>«{text}»:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Khu vực này sẽ gồm</source>
        <translation>This area will hold</translation>
    </message>
    <message>
        <source>Dữ liệu hiện có</source>
        <translation>Data already there</translation>
    </message>
    <message>
        <source>Các màn hình nhập liệu của khu vực này có trong phiên bản sau; dữ liệu đã có trong cơ sở dữ liệu được giữ nguyên.</source>
        <translation>The data entry screens of this area come in a later version; the data already in the database is kept.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tình hình chung của xã: danh mục, báo cáo, chỉ tiêu và việc cần làm.</source>
        <translation>The commune at a glance: catalogue, reports, indicators and what needs doing.</translation>
    </message>
    <message>
        <source>Báo cáo đơn vị</source>
        <translation>Unit reports</translation>
    </message>
    <message>
        <source>Các đơn vị nhập báo cáo định kỳ kèm số liệu chỉ tiêu; văn phòng kiểm tra, duyệt hoặc trả lại.</source>
        <translation>Units enter their periodic reports with indicator figures; the office checks, accepts or returns them.</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Chỉ tiêu kinh tế – xã hội của xã, giao cho đơn vị, tổng hợp và theo dõi tiến độ.</source>
        <translation>The commune&apos;s socio-economic indicators, assigned to units, aggregated and tracked.</translation>
    </message>
    <message>
        <source>Thi đua</source>
        <translation>Emulation</translation>
    </message>
    <message>
        <source>Phong trào, đăng ký thi đua, đánh giá hoàn thành nhiệm vụ, sáng kiến, điển hình.</source>
        <translation>Movements, emulation registrations, performance ratings, initiatives, role models.</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Award proposals</translation>
    </message>
    <message>
        <source>Lập hồ sơ đề nghị khen thưởng từng bước, kiểm tra điều kiện theo quy định.</source>
        <translation>Prepare award proposals step by step, checking the conditions the rules set.</translation>
    </message>
    <message>
        <source>Hội đồng</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Hội đồng Thi đua – Khen thưởng: thành viên, phiên họp, biểu quyết, biên bản.</source>
        <translation>The Emulation and Commendation Council: members, meetings, votes, minutes.</translation>
    </message>
    <message>
        <source>Văn bản – Báo cáo</source>
        <translation>Documents &amp; reports</translation>
    </message>
    <message>
        <source>Sổ văn bản; kế hoạch, tờ trình, quyết định, báo cáo theo đúng thể thức.</source>
        <translation>Document register; plans, submissions, decisions and reports in the official format.</translation>
    </message>
    <message>
        <source>Danh mục</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Đơn vị và người của xã; nhập, xuất danh sách bằng Excel.</source>
        <translation>The commune&apos;s units and people; import and export lists with Excel.</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu, người dùng, thiết lập có hiệu lực theo ngày.</source>
        <translation>Database, users, and settings with effective dates.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng, có ý kiến bằng văn bản</source>
        <translation>Absent, with a written opinion</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>(mọi loại)</source>
        <translation>(all kinds)</translation>
    </message>
    <message>
        <source>mã số</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Người:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Loại bản ghi:</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <source>Mã số:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Thay đổi (trước → sau)</source>
        <translation>Changes (before → after)</translation>
    </message>
    <message>
        <source>(mọi người)</source>
        <translation>(everyone)</translation>
    </message>
    <message>
        <source>(mọi đơn vị)</source>
        <translation>(all units)</translation>
    </message>
    <message>
        <source>Mã số bản ghi phải là số.</source>
        <translation>The record id must be a number.</translation>
    </message>
    <message numerus="yes">
        <source>{n} dòng nhật ký (mới nhất trước).</source>
        <translation>
            <numerusform>{n} log entry (newest first).</numerusform>
            <numerusform>{n} log entries (newest first).</numerusform>
        </translation>
    </message>
    <message>
        <source>nhật ký</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>Xuất nhật ký ra Excel</source>
        <translation>Export the log to Excel</translation>
    </message>
    <message>
        <source>Đã xuất nhật ký ra {path}</source>
        <translation>The log was exported to {path}</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>Sửa khen thưởng</source>
        <translation>Edit award</translation>
    </message>
    <message>
        <source>Thêm khen thưởng</source>
        <translation>Add award</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Nominee:</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức:</source>
        <translation>Title or form:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision no.:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Cơ quan quyết định:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Số tiền (đồng):</source>
        <translation>Amount (VND):</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Hãy chọn danh hiệu, hình thức khen thưởng.</source>
        <translation>Choose a title or form of commendation.</translation>
    </message>
</context>
<context>
    <name>AwardForm</name>
    <message>
        <source>Danh hiệu thi đua</source>
        <translation>Emulation title</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng</source>
        <translation>Form of commendation</translation>
    </message>
</context>
<context>
    <name>AwardHistoryPage</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức</source>
        <translation>Title or form</translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Mọi cấp</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Xuất theo CSDL quốc gia…</source>
        <translation>Export for the national database…</translation>
    </message>
    <message>
        <source>Khen thưởng của cán bộ, công chức, viên chức theo các trường của Cơ sở dữ liệu quốc gia (Excel hoặc JSON)</source>
        <translation>Awards of cadres, civil servants and public employees in the national database&apos;s fields (Excel or JSON)</translation>
    </message>
    <message>
        <source>Khen thưởng của một năm (chưa có khen thưởng của cán bộ, công chức, viên chức)</source>
        <translation>Awards of a year (no awards of cadres, civil servants or public employees yet)</translation>
    </message>
    <message>
        <source>Khen thưởng của năm {year}…</source>
        <translation>Awards of {year}…</translation>
    </message>
    <message>
        <source>Khen thưởng của năm {year} (năm gần nhất có khen thưởng)…</source>
        <translation>Awards of {year} (the latest year with awards)…</translation>
    </message>
    <message>
        <source>Để xuất năm khác, hãy chọn năm đó ở ô «Năm» phía trên.</source>
        <translation>To export another year, choose it in the “Year” box above.</translation>
    </message>
    <message>
        <source>Khen thưởng của {name}…</source>
        <translation>Awards of {name}…</translation>
    </message>
    <message>
        <source>Khen thưởng của một người (chọn người đó trong danh sách)</source>
        <translation>Awards of one person (choose them in the list)</translation>
    </message>
    <message>
        <source>Chọn một dòng khen thưởng của người cần xuất; khen thưởng tập thể, hộ gia đình không có trong Cơ sở dữ liệu cán bộ, công chức, viên chức.</source>
        <translation>Choose a row with an award of the person to export; awards of collectives and households are not in the database of cadres, civil servants and public employees.</translation>
    </message>
    <message>
        <source>Đã xuất {rows} khen thưởng ra tệp «{file}».</source>
        <translation>Exported {rows} awards to the file «{file}».</translation>
    </message>
    <message>
        <source>Cần biết:</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <source>Chưa xác nhận:</source>
        <translation>Not confirmed:</translation>
    </message>
    <message>
        <source>khen thưởng CSDL quốc gia</source>
        <translation>awards national database</translation>
    </message>
    <message>
        <source>Xuất khen thưởng theo CSDL quốc gia</source>
        <translation>Export awards for the national database</translation>
    </message>
    <message>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>lịch sử khen thưởng</source>
        <translation>award history</translation>
    </message>
</context>
<context>
    <name>AwardLevel</name>
    <message>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <translation>Province level</translation>
    </message>
    <message>
        <source>Trung ương</source>
        <translation>Central level</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>TNApp tự sao lưu khi mở, khi thoát và mỗi ngày vào thư mục {folder} (giữ các bản gần nhất và một bản mỗi ngày). Nên chép thêm ra ổ USB hằng tuần.</source>
        <translation>TNApp backs up automatically at start, at exit and every day into {folder} (keeping the latest copies and one per day). Also copy to a USB stick every week.</translation>
    </message>
    <message>
        <source>Sao lưu ngay ra thư mục…</source>
        <translation>Back up now to a folder…</translation>
    </message>
    <message>
        <source>Khôi phục từ tệp…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dung lượng (KB)</source>
        <translation>Size (KB)</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc ổ USB để sao lưu</source>
        <translation>Choose a folder or USB stick for the backup</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu đang mở bằng bản sao lưu «{file}»? Dữ liệu hiện tại sẽ được chép vào thư mục sao lưu trước.</source>
        <translation>Replace all the open data with the backup «{file}»? The current data is copied to the backups folder first.</translation>
    </message>
    <message>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Đã khôi phục. Dữ liệu trước khi khôi phục được giữ ở {path}. Hãy đăng nhập lại.</source>
        <translation>Restored. The data as it was before is kept in {path}. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>CancelTallyDialog</name>
    <message>
        <source>Hủy kết quả biểu quyết</source>
        <translation>Cancel a vote result</translation>
    </message>
    <message>
        <source>Hủy kết quả vòng {n} của «{nominee} – {title}» ({agree} đồng ý, {disagree} không đồng ý)? Kết quả bị xóa để nhập lại; lý do được ghi vào nhật ký thay đổi.</source>
        <translation>Cancel round {n} of “{nominee} – {title}” ({agree} for, {disagree} against)? The result is removed so it can be entered again; the reason is written to the change log.</translation>
    </message>
    <message>
        <source>Lý do hủy:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>ví dụ nhập nhầm số phiếu đồng ý</source>
        <translation>e.g. the number of votes for was typed wrong</translation>
    </message>
    <message>
        <source>Hủy kết quả</source>
        <translation>Cancel the result</translation>
    </message>
    <message>
        <source>Giữ kết quả</source>
        <translation>Keep the result</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Mật khẩu của anh/chị vừa được đặt lại hoặc mới tạo; hãy đổi sang mật khẩu chỉ mình anh/chị biết trước khi tiếp tục.</source>
        <translation>Your password was just set or reset; change it to one only you know before going on.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Sửa khiếu nại, kiến nghị</source>
        <translation>Edit complaint or petition</translation>
    </message>
    <message>
        <source>Thêm khiếu nại, kiến nghị</source>
        <translation>Add complaint or petition</translation>
    </message>
    <message>
        <source>Ngày nhận:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Người gửi:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Người xử lý:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>Hạn giải quyết:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>để trống: 30 ngày kể từ ngày nhận (Luật Khiếu nại 2011, Điều 28)</source>
        <translation>empty: 30 days after receipt (Law on Complaints 2011, Article 28)</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Ngày giải quyết:</source>
        <translation>Resolved on:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
</context>
<context>
    <name>ComplaintState</name>
    <message>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Đã rút</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Người gửi</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>QUÁ HẠN</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Chỉ đơn quá hạn</source>
        <translation>Overdue only</translation>
    </message>
    <message numerus="yes">
        <source>{n} đơn quá hạn giải quyết (Luật Khiếu nại 2011, Điều 28).</source>
        <translation>
            <numerusform>{n} complaint past its due date (Law on Complaints 2011, Article 28).</numerusform>
            <numerusform>{n} complaints past their due date (Law on Complaints 2011, Article 28).</numerusform>
        </translation>
    </message>
    <message>
        <source>khiếu nại</source>
        <translation>complaints</translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <source>Sửa nhiệm kỳ Hội đồng</source>
        <translation>Edit Council term</translation>
    </message>
    <message>
        <source>Thêm nhiệm kỳ Hội đồng</source>
        <translation>Add Council term</translation>
    </message>
    <message>
        <source>Nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>ví dụ 2026-2031</source>
        <translation>e.g. 2026-2031</translation>
    </message>
    <message>
        <source>Quyết định thành lập:</source>
        <translation>Establishing decision:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
</context>
<context>
    <name>CouncilMembersPage</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Danh mục cán bộ</source>
        <translation>Staff catalogue</translation>
    </message>
    <message>
        <source>(ngoài danh mục)</source>
        <translation>(not in the catalogue)</translation>
    </message>
    <message>
        <source>Nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Thêm nhiệm kỳ…</source>
        <translation>Add term…</translation>
    </message>
    <message>
        <source>Sửa nhiệm kỳ…</source>
        <translation>Edit term…</translation>
    </message>
    <message>
        <source>Chưa có Hội đồng; hãy thêm nhiệm kỳ.</source>
        <translation>No Council yet; add a term.</translation>
    </message>
    <message>
        <source>Hãy thêm nhiệm kỳ Hội đồng trước.</source>
        <translation>Add a Council term first.</translation>
    </message>
    <message numerus="yes">
        <source>{n} thành viên</source>
        <translation>
            <numerusform>{n} member</numerusform>
            <numerusform>{n} members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} / {total} thành viên khớp tìm kiếm</source>
        <translation>
            <numerusform>Matching the search: {shown} of {total} member</numerusform>
            <numerusform>Matching the search: {shown} of {total} members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>Thành viên Hội đồng</source>
        <translation>Council members</translation>
    </message>
    <message>
        <source>Phiên họp</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>CouncilRole</name>
    <message>
        <source>Chủ tịch Hội đồng</source>
        <translation>Council chair</translation>
    </message>
    <message>
        <source>Phó Chủ tịch Hội đồng</source>
        <translation>Council vice-chair</translation>
    </message>
    <message>
        <source>Ủy viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Toàn xã</source>
        <translation>Whole commune</translation>
    </message>
    <message>
        <source>Mọi mức độ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Chữ lớn (máy chiếu)</source>
        <translation>Large text (projector)</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tính đến</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mức độ</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Thực hiện</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>% KH</source>
        <translation>% of target</translation>
    </message>
    <message>
        <source>Dự báo</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Xu hướng</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>Tỷ trọng</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Chỉ tiêu đơn vị</source>
        <translation>Unit target</translation>
    </message>
    <message>
        <source>Mọi kỳ đã có</source>
        <translation>All periods so far</translation>
    </message>
    <message>
        <source>đơn vị đã gửi báo cáo {p}</source>
        <translation>units have sent their report for {p}</translation>
    </message>
    <message>
        <source>đơn vị quá hạn báo cáo</source>
        <translation>units overdue with their report</translation>
    </message>
    <message>
        <source>đơn thư quá hạn giải quyết</source>
        <translation>overdue complaints</translation>
    </message>
    <message>
        <source>{subject} – {sender}: hạn {due}</source>
        <translation>{subject} – {sender}: due {due}</translation>
    </message>
    <message>
        <source>Không có đơn thư quá hạn.</source>
        <translation>No overdue complaints.</translation>
    </message>
    <message>
        <source>Năm {y}, {p}; {who}</source>
        <translation>Year {y}, {p}; {who}</translation>
    </message>
    <message>
        <source>mọi kỳ đã có số liệu</source>
        <translation>all periods with data</translation>
    </message>
    <message>
        <source>tính đến {p}</source>
        <translation>as of {p}</translation>
    </message>
    <message>
        <source>đơn vị {u} (so với chỉ tiêu giao cho đơn vị)</source>
        <translation>unit {u} (against the targets set for the unit)</translation>
    </message>
    <message>
        <source>toàn xã</source>
        <translation>whole commune</translation>
    </message>
    <message>
        <source>Bấm vào một chỉ tiêu để xem phần của từng đơn vị.</source>
        <translation>Click an indicator to see each unit&apos;s part.</translation>
    </message>
    <message>
        <source>báo cáo năm {y} gửi đúng hạn (đã gửi {sent})</source>
        <translation>reports of {y} sent on time ({sent} sent)</translation>
    </message>
    <message>
        <source>{unit}: đã gửi {sent}/{expected}, đúng hạn {on_time}</source>
        <translation>{unit}: sent {sent}/{expected}, on time {on_time}</translation>
    </message>
    <message>
        <source>Mọi báo cáo đến hạn đều gửi đúng hạn.</source>
        <translation>Every report due was sent on time.</translation>
    </message>
    <message>
        <source>{code} {name} ({period}): {actual} / {target} {uom} ({pct}), {status}</source>
        <translation>{code} {name} ({period}): {actual} / {target} {uom} ({pct}), {status}</translation>
    </message>
    <message>
        <source>Các chỉ tiêu của đơn vị {u}</source>
        <translation>Indicators of unit {u}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>ngày/tháng/năm, ví dụ 26/11/2026</source>
        <translation>day/month/year, e.g. 26/11/2026</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Quyết định khen thưởng của tỉnh</source>
        <translation>Province&apos;s award decision</translation>
    </message>
    <message>
        <source>ví dụ 345/QĐ-UBND</source>
        <translation>e.g. 345/QĐ-UBND</translation>
    </message>
    <message>
        <source>«{title}» năm {year}, trình tỉnh theo Tờ trình {number} ngày {day}.</source>
        <translation>«{title}» {year}, sent to the province with submission {number} of {day}.</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Cơ quan, người ban hành:</source>
        <translation>Issued by:</translation>
    </message>
</context>
<context>
    <name>DecisionState</name>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã ký ban hành</source>
        <translation>Signed and issued</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Càng cao càng tốt</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Càng thấp càng tốt</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Đạt giá trị</source>
        <translation>Reach a value</translation>
    </message>
</context>
<context>
    <name>DisciplineDialog</name>
    <message>
        <source>Sửa hồ sơ</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <source>Thêm kỷ luật, thanh tra, khiếu nại</source>
        <translation>Add discipline, inspection or complaint</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Nominee:</translation>
    </message>
    <message>
        <source>Việc:</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <source>Hình thức kỷ luật:</source>
        <translation>Disciplinary form:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Kết thúc ngày:</source>
        <translation>Ended on:</translation>
    </message>
    <message>
        <source>để trống khi chưa kết thúc</source>
        <translation>leave empty while pending</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision no.:</translation>
    </message>
    <message>
        <source>Ngày quyết định kỷ luật:</source>
        <translation>Date of the discipline decision:</translation>
    </message>
    <message>
        <source>Kỷ luật được tính vào năm của ngày quyết định, dù vụ việc bắt đầu từ năm trước; để trống thì tính từ ngày bắt đầu.</source>
        <translation>A discipline counts in the year of its decision, even when the case began the year before; left empty, it counts from the start date.</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>DisciplineForm</name>
    <message>
        <source>Khiển trách</source>
        <translation>Reprimand</translation>
    </message>
    <message>
        <source>Cảnh cáo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Hạ bậc lương / giáng chức</source>
        <translation>Salary downgrade / demotion</translation>
    </message>
    <message>
        <source>Cách chức</source>
        <translation>Removal from post</translation>
    </message>
    <message>
        <source>Buộc thôi việc</source>
        <translation>Dismissal</translation>
    </message>
</context>
<context>
    <name>DisciplinePage</name>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>chưa kết thúc</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Việc:</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Chỉ việc chưa kết thúc</source>
        <translation>Pending matters only</translation>
    </message>
    <message numerus="yes">
        <source>{n} việc chưa kết thúc: chưa xét khen thưởng cho các đối tượng này (NĐ 152/2025, Điều 4).</source>
        <translation>
            <numerusform>{n} pending matter: no award for this nominee for now (Decree 152/2025, Article 4).</numerusform>
            <numerusform>{n} pending matters: no award for these nominees for now (Decree 152/2025, Article 4).</numerusform>
        </translation>
    </message>
    <message>
        <source>kỷ luật</source>
        <translation>discipline</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Công văn</source>
        <translation>Official letter</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Lưu Word…</source>
        <translation>Save Word…</translation>
    </message>
    <message>
        <source>Lưu Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <source>Mở bằng ứng dụng khác</source>
        <translation>Open in another application</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Văn bản, báo cáo có thể in:</source>
        <translation>Documents and reports that can be printed:</translation>
    </message>
    <message>
        <source>Đang lập văn bản…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Không mở được bản xem trước.</source>
        <translation>The preview could not be opened.</translation>
    </message>
    <message numerus="yes">
        <source>Bản xem trước: %n trang.</source>
        <translation>
            <numerusform>Preview: %n page.</numerusform>
            <numerusform>Preview: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phông chữ: %1 (máy chưa có Times New Roman).</source>
        <translation>Font: %1 (Times New Roman is not installed on this computer).</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Đã lưu: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Máy này chưa có chương trình mở tệp PDF. Hãy dùng «Lưu PDF…».</source>
        <translation>This computer has no program that opens PDF files. Use «Save PDF…».</translation>
    </message>
    <message>
        <source>In văn bản</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>Không bắt đầu in được; hãy kiểm tra máy in.</source>
        <translation>Printing could not start; check the printer.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Xem lại hồ sơ trước khi trình Hội đồng Thi đua – Khen thưởng.</source>
        <translation>Review the dossier before submitting it to the Emulation and Commendation Council.</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Tiền thưởng (đồng)</source>
        <translation>Reward (VND)</translation>
    </message>
    <message>
        <source>Xem Tờ trình (PDF)</source>
        <translation>View submission (PDF)</translation>
    </message>
    <message>
        <source>Ghi hồ sơ ra thư mục…</source>
        <translation>Save dossier to folder…</translation>
    </message>
    <message>
        <source>Tờ trình của đơn vị đề nghị (số, ngày theo sổ văn bản của đơn vị)</source>
        <translation>The proposing unit&apos;s submission (number and date from the unit&apos;s own register)</translation>
    </message>
    <message>
        <source>để trống: đơn vị ghi tay</source>
        <translation>leave empty: the unit writes it by hand</translation>
    </message>
    <message>
        <source>Số:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Các văn bản của hồ sơ (PDF và Word):</source>
        <translation>Dossier documents (PDF and Word):</translation>
    </message>
    <message>
        <source>/TTr-… (đơn vị «{name}» chưa có ký hiệu viết tắt trong danh mục)</source>
        <translation>/TTr-… (unit «{name}» has no abbreviation in the catalogue yet)</translation>
    </message>
    <message>
        <source>Tờ trình đề nghị khen thưởng (Mẫu số 01)</source>
        <translation>Award proposal submission (Mẫu số 01)</translation>
    </message>
    <message>
        <source>Danh sách đề nghị khen thưởng, kèm số tiền thưởng</source>
        <translation>List of award proposals, with reward amounts</translation>
    </message>
    <message>
        <source>Mẫu số 05</source>
        <translation>Mẫu số 05</translation>
    </message>
    <message>
        <source>mẫu tập thể</source>
        <translation>collective form</translation>
    </message>
    <message>
        <source>Báo cáo thành tích của {name} ({form})</source>
        <translation>Achievement report of {name} ({form})</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Tổng tiền thưởng: {total} đồng</source>
        <translation>Total reward: {total} VND</translation>
    </message>
    <message>
        <source>Hệ số {m} × lương cơ sở {salary} đồng (ngày {day}), làm tròn lên. Căn cứ: {basis}.</source>
        <translation>Coefficient {m} × base salary {salary} VND (on {day}), rounded up. Basis: {basis}.</translation>
    </message>
    <message>
        <source>Có thiết lập chưa được xác nhận với văn bản gốc: hãy kiểm tra trước khi trình.</source>
        <translation>Some settings are not yet confirmed against the original document: check them before submitting.</translation>
    </message>
</context>
<context>
    <name>EffectScope</name>
    <message>
        <source>Cơ sở</source>
        <translation>Grassroots</translation>
    </message>
    <message>
        <source>Toàn tỉnh</source>
        <translation>Province-wide</translation>
    </message>
    <message>
        <source>Toàn quốc</source>
        <translation>Nationwide</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Từng tiêu chí theo quy định đang có hiệu lực cho năm đề nghị. Đối tượng chưa đạt hoặc chưa đủ thông tin chỉ được đề nghị tiếp khi ghi rõ lý do (được lưu vết).</source>
        <translation>Each criterion under the rules in force for the proposal year. Nominees who fail or lack information can only be proposed further with a stated reason (logged).</translation>
    </message>
    <message>
        <source>Đối tượng / tiêu chí</source>
        <translation>Nominee / criterion</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Giải thích</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Loại khỏi đề nghị</source>
        <translation>Exclude from proposal</translation>
    </message>
    <message>
        <source>Lý do vẫn đề nghị (bắt buộc khi chưa đạt hoặc chưa đủ thông tin)</source>
        <translation>Reason to propose anyway (required when failed or information is missing)</translation>
    </message>
    <message>
        <source>Quyết định cho đối tượng đang chọn</source>
        <translation>Decision for the selected nominee</translation>
    </message>
    <message>
        <source>Lý do vẫn đề nghị:</source>
        <translation>Reason to propose anyway:</translation>
    </message>
    <message>
        <source> (cảnh báo)</source>
        <translation> (warning)</translation>
    </message>
    <message>
        <source>«{name}»: {verdict}</source>
        <translation>“{name}”: {verdict}</translation>
    </message>
    <message>
        <source>chưa xét</source>
        <translation>not reviewed</translation>
    </message>
</context>
<context>
    <name>EmulationPage</name>
    <message>
        <source>Phong trào</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Emulation registrations</translation>
    </message>
    <message>
        <source>Đánh giá xếp loại</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Điển hình</source>
        <translation>Exemplars</translation>
    </message>
    <message>
        <source>Kỷ luật, thanh tra</source>
        <translation>Discipline, inspections</translation>
    </message>
    <message>
        <source>Lịch sử khen thưởng</source>
        <translation>Award history</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Khiếu nại</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Kỳ trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Lũy kế</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Thực hiện</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Thực hiện
(lũy kế từ đầu năm)</source>
        <translation>Actual
(year to date)</translation>
    </message>
    <message>
        <source>Thực hiện
(chỉ tiêu lũy kế: từ đầu năm)</source>
        <translation>Actual
(cumulative indicators: year to date)</translation>
    </message>
    <message>
        <source>Chỉ tiêu lũy kế: nhập số lũy kế từ đầu năm đến hết kỳ này, không phải số của riêng kỳ này</source>
        <translation>Cumulative indicator: enter the total from the start of the year to the end of this period, not this period&apos;s own figure</translation>
    </message>
    <message>
        <source>{name} (lũy kế từ đầu năm)</source>
        <translation>{name} (year to date)</translation>
    </message>
    <message>
        <source>«{code} – {name}», cột {column}: {why}</source>
        <translation>“{code} – {name}”, column {column}: {why}</translation>
    </message>
</context>
<context>
    <name>ExemplarDialog</name>
    <message>
        <source>Sửa điển hình</source>
        <translation>Edit exemplar</translation>
    </message>
    <message>
        <source>Thêm điển hình</source>
        <translation>Add exemplar</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Nominee:</translation>
    </message>
    <message>
        <source>Tiêu đề:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Câu chuyện:</source>
        <translation>Story:</translation>
    </message>
</context>
<context>
    <name>ExemplarKind</name>
    <message>
        <source>Điển hình tiên tiến</source>
        <translation>Advanced role model</translation>
    </message>
    <message>
        <source>Người tốt, việc tốt</source>
        <translation>Good people, good deeds</translation>
    </message>
    <message>
        <source>Mô hình mới</source>
        <translation>New model</translation>
    </message>
</context>
<context>
    <name>ExemplarsPage</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ảnh</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Tất cả các loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Tạo bản tin…</source>
        <translation>Make news item…</translation>
    </message>
    <message>
        <source>Chọn thư mục để lưu bản tin</source>
        <translation>Choose a folder for the news item</translation>
    </message>
    <message>
        <source>Đã tạo bản tin trong thư mục «{folder}»: trang index.html (đăng lên trang thông tin điện tử) và bai-dang.txt (đăng mạng xã hội).</source>
        <translation>News item made in «{folder}»: index.html (for the web page) and bai-dang.txt (for social pages).</translation>
    </message>
    <message>
        <source>điển hình</source>
        <translation>exemplars</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Tạo tài khoản quản trị</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu «{location}» chưa có tài khoản nào. Hãy tạo tài khoản quản trị đầu tiên; người quản trị sẽ tạo tài khoản cho những người khác.</source>
        <translation>The database «{location}» has no accounts yet. Create the first administrator; the administrator then creates the accounts of the others.</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>ví dụ quantri</source>
        <translation>e.g. quantri</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Bắt đầu với TNApp</source>
        <translation>Getting started with TNApp</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu «{location}» chưa có thông tin xã. Hãy chọn một trong hai cách dưới đây.</source>
        <translation>The database «{location}» has no commune yet. Choose one of the two ways below.</translation>
    </message>
    <message>
        <source>Làm quen với chương trình</source>
        <translation>Get to know the program</translation>
    </message>
    <message>
        <source>Nạp dữ liệu giả lập của xã Thượng Ninh (đơn vị, người, chỉ tiêu, báo cáo). Mọi màn hình sẽ ghi rõ «DỮ LIỆU MẪU».</source>
        <translation>Load the simulated data of Thượng Ninh commune (units, people, indicators, reports). Every screen will be marked «DEMO DATA».</translation>
    </message>
    <message>
        <source>Dùng dữ liệu mẫu</source>
        <translation>Use the demo data</translation>
    </message>
    <message>
        <source>Khai báo xã để dùng thật</source>
        <translation>Declare the commune for real use</translation>
    </message>
    <message>
        <source>mã đơn vị hành chính, ví dụ 16075</source>
        <translation>administrative unit code, e.g. 16075</translation>
    </message>
    <message>
        <source>ví dụ Thượng Ninh</source>
        <translation>e.g. Thượng Ninh</translation>
    </message>
    <message>
        <source>Thanh Hóa</source>
        <translation>Thanh Hóa</translation>
    </message>
    <message>
        <source>Mã xã:</source>
        <translation>Commune code:</translation>
    </message>
    <message>
        <source>Tên xã:</source>
        <translation>Commune name:</translation>
    </message>
    <message>
        <source>Tỉnh:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Khai báo xã</source>
        <translation>Declare the commune</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hướng dẫn sử dụng TNApp</source>
        <translation>TNApp user guide (in Vietnamese)</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Sửa hộ gia đình</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>Thêm hộ gia đình</source>
        <translation>Add household</translation>
    </message>
    <message>
        <source>Thôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Mã hộ:</source>
        <translation>Household code:</translation>
    </message>
    <message>
        <source>Chủ hộ:</source>
        <translation>Head of household:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Số nhân khẩu:</source>
        <translation>Members:</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Mã hộ</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Chủ hộ</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Nhân khẩu</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Gia đình văn hóa</source>
        <translation>Cultural family</translation>
    </message>
    <message>
        <source>Thôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Công nhận Gia đình văn hóa…</source>
        <translation>Recognise as cultural family…</translation>
    </message>
    <message>
        <source>Năm công nhận:</source>
        <translation>Year recognised:</translation>
    </message>
    <message>
        <source>Hộ này đã được ghi nhận năm {year}.</source>
        <translation>This household is already recorded for {year}.</translation>
    </message>
    <message>
        <source>hộ gia đình</source>
        <translation>households</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập từ Excel – {file}</source>
        <translation>Import from Excel – {file}</translation>
    </message>
    <message>
        <source>Tệp «{file}»: {new} dòng mới, {changed} dòng thay đổi, {same} dòng không đổi, {bad} lỗi.</source>
        <translation>File «{file}»: new rows: {new}; changed: {changed}; unchanged: {same}; problems: {bad}.</translation>
    </message>
    <message>
        <source>Tệp còn lỗi nên chưa nhập dòng nào (tệp được nhập trọn vẹn hoặc không nhập). Hãy sửa các ô được nêu rồi nhập lại.</source>
        <translation>The file has problems, so no row was imported (a file is imported whole or not at all). Fix the cells listed and import again.</translation>
    </message>
    <message>
        <source>Không có gì mới để nhập.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <source>Lỗi ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <source>Thêm mới ({n})</source>
        <translation>New ({n})</translation>
    </message>
    <message>
        <source>Thay đổi ({n})</source>
        <translation>Changed ({n})</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Nhập danh sách người – {file}</source>
        <translation>Import people – {file}</translation>
    </message>
    <message>
        <source>Tệp «{file}»: {new} người sẽ được thêm, {dup} dòng trùng (không nhập), {bad} lỗi.</source>
        <translation>File «{file}»: people to add: {new}; duplicate rows (not imported): {dup}; problems: {bad}.</translation>
    </message>
    <message>
        <source>Tệp còn lỗi nên chưa nhập được. Hãy sửa các ô được nêu trong tệp Excel rồi nhập lại; chưa có gì được lưu.</source>
        <translation>The file has problems, so it cannot be imported yet. Fix the cells listed in the Excel file and import again; nothing has been saved.</translation>
    </message>
    <message>
        <source>Không có người mới nào để nhập.</source>
        <translation>There is nobody new to import.</translation>
    </message>
    <message>
        <source>Người trùng (cùng họ tên, năm sinh, đơn vị) được giữ nguyên, không gộp.</source>
        <translation>Duplicates (same name, year of birth and unit) are left as they are, never merged.</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đã có, ghi là</source>
        <translation>Already listed as</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>đã có trong danh sách</source>
        <translation>already in the list</translation>
    </message>
    <message>
        <source>lặp lại trong cùng tệp</source>
        <translation>repeated in the same file</translation>
    </message>
    <message>
        <source>Lỗi ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <source>Sẽ thêm ({n})</source>
        <translation>To add ({n})</translation>
    </message>
    <message>
        <source>Trùng, không nhập ({n})</source>
        <translation>Duplicates, not imported ({n})</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>IndicatorArea</name>
    <message>
        <source>Kinh tế</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>Văn hóa – Xã hội</source>
        <translation>Culture – Society</translation>
    </message>
    <message>
        <source>Môi trường</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Quốc phòng – An ninh</source>
        <translation>Defence – Security</translation>
    </message>
    <message>
        <source>Xây dựng Đảng và hệ thống chính trị</source>
        <translation>Party building and the political system</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogueView</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Cách tổng hợp</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>TH {year}</source>
        <translation>Actual {year}</translation>
    </message>
    <message>
        <source>KH {year}</source>
        <translation>Plan {year}</translation>
    </message>
    <message>
        <source>Tìm theo mã, tên chỉ tiêu, lĩnh vực (gõ có dấu hoặc không dấu)</source>
        <translation>Search by code, indicator name, area (with or without diacritics)</translation>
    </message>
    <message>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nhập phụ lục (Excel, Word)…</source>
        <translation>Import appendix (Excel, Word)…</translation>
    </message>
    <message>
        <source>Nhập phụ lục chỉ tiêu từ Excel hoặc kế hoạch (Word)</source>
        <translation>Import the indicator appendix from Excel or the plan (Word)</translation>
    </message>
    <message>
        <source>Xuất phụ lục Excel…</source>
        <translation>Export Excel appendix…</translation>
    </message>
    <message>
        <source>Thêm quy tắc…</source>
        <translation>Add rule…</translation>
    </message>
    <message>
        <source>Xóa quy tắc</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>Quy tắc kiểm tra giữa các chỉ tiêu (chặn gửi báo cáo khi sai):</source>
        <translation>Checks between indicators (a broken one blocks submitting a report):</translation>
    </message>
    <message numerus="yes">
        <source>{n} chỉ tiêu</source>
        <translation>
            <numerusform>{n} indicator</numerusform>
            <numerusform>{n} indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} / {total} chỉ tiêu khớp tìm kiếm</source>
        <translation>
            <numerusform>Matching the search: {shown} of {total} indicator</numerusform>
            <numerusform>Matching the search: {shown} of {total} indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu «{code} – {name}»? Việc xóa không hoàn tác được.</source>
        <translation>Delete indicator “{code} – {name}”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Xóa quy tắc «{rule}»?</source>
        <translation>Delete rule “{rule}”?</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập {n} chỉ tiêu từ tệp «{file}».</source>
        <translation>
            <numerusform>Imported {n} indicator from «{file}».</numerusform>
            <numerusform>Imported {n} indicators from «{file}».</numerusform>
        </translation>
    </message>
    <message>
        <source>Xuất phụ lục chỉ tiêu ra Excel</source>
        <translation>Export indicator appendix to Excel</translation>
    </message>
    <message>
        <source>phụ lục chỉ tiêu</source>
        <translation>indicator appendix</translation>
    </message>
    <message>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Đã xuất phụ lục chỉ tiêu ra tệp «{file}».</source>
        <translation>Exported the indicator appendix to “{file}”.</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Sửa chỉ tiêu «{code}»</source>
        <translation>Edit indicator “{code}”</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu:</source>
        <translation>Indicator name:</translation>
    </message>
    <message>
        <source>Lĩnh vực:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Đơn vị tính:</source>
        <translation>Unit of measure:</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì:</source>
        <translation>Lead unit:</translation>
    </message>
    <message>
        <source>(chọn đơn vị)</source>
        <translation>(choose a unit)</translation>
    </message>
    <message>
        <source>Loại giá trị, chiều:</source>
        <translation>Value type, direction:</translation>
    </message>
    <message>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Tổng hợp, kỳ báo cáo:</source>
        <translation>Aggregation, reporting period:</translation>
    </message>
    <message>
        <source>Trọng số theo:</source>
        <translation>Weighted by:</translation>
    </message>
    <message>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Đơn vị thực hiện:</source>
        <translation>Reporting units:</translation>
    </message>
    <message>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Giá trị hợp lý:</source>
        <translation>Plausible values:</translation>
    </message>
    <message>
        <source>TH</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Thực hiện, kế hoạch:</source>
        <translation>Actual, plan:</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Danh mục chỉ tiêu</source>
        <translation>Indicator catalogue</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Sửa sáng kiến, đề tài</source>
        <translation>Edit initiative or research topic</translation>
    </message>
    <message>
        <source>Thêm sáng kiến, đề tài</source>
        <translation>Add initiative or research topic</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Lọc tên tác giả…</source>
        <translation>Filter authors…</translation>
    </message>
    <message>
        <source>Tác giả:</source>
        <translation>Authors:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Cơ quan công nhận:</source>
        <translation>Recognised by:</translation>
    </message>
    <message>
        <source>Ngày công nhận:</source>
        <translation>Recognised on:</translation>
    </message>
    <message>
        <source>Phạm vi ảnh hưởng:</source>
        <translation>Scope of effect:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision no.:</translation>
    </message>
</context>
<context>
    <name>InitiativeKind</name>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Đề tài nghiên cứu khoa học</source>
        <translation>Scientific research project</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tên sáng kiến, đề tài</source>
        <translation>Initiative or research topic</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Phạm vi:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Mọi phạm vi</source>
        <translation>All scopes</translation>
    </message>
    <message>
        <source>sáng kiến</source>
        <translation>initiatives</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập – TNApp</source>
        <translation>Sign in – TNApp</translation>
    </message>
    <message>
        <source>Thi đua – Khen thưởng cấp xã</source>
        <translation>Commune emulation and commendation</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TNApp – xã {name}</source>
        <translation>TNApp – {name} commune</translation>
    </message>
    <message>
        <source>Tài khoản «{user}» không được vào khu vực «{area}».</source>
        <translation>The account «{user}» may not open the area «{area}».</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Mở cơ sở dữ liệu…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Đăng &amp;xuất</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Hiển thị</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ngôn ngữ (áp dụng khi mở lại)</source>
        <translation>Language (applies at next start)</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>DỮ LIỆU MẪU</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>Người dùng: {user} ({role})</source>
        <translation>User: {user} ({role})</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu TNApp</source>
        <translation>Open a TNApp database</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>The password was changed.</translation>
    </message>
    <message>
        <source>Giới thiệu TNApp</source>
        <translation>About TNApp</translation>
    </message>
    <message>
        <source>&lt;b&gt;TNApp {version}&lt;/b&gt;&lt;br&gt;Quản lý thi đua, khen thưởng cấp xã.&lt;br&gt;Cơ sở dữ liệu đang mở: {location}</source>
        <translation>&lt;b&gt;TNApp {version}&lt;/b&gt;&lt;br&gt;Emulation and commendation management for a commune.&lt;br&gt;Open database: {location}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Chưa nhập</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đơn vị không báo cáo kỳ này.</source>
        <translation>The unit does not report this period.</translation>
    </message>
    <message>
        <source>{state}; hạn nộp {deadline}. Nhấp đúp để mở báo cáo.</source>
        <translation>{state}; due {deadline}. Double-click to open the report.</translation>
    </message>
    <message>
        <source>⚠ Số liệu bất thường so với các kỳ trước của đơn vị:</source>
        <translation>⚠ Values far from the unit&apos;s earlier periods:</translation>
    </message>
    <message>
        <source>⚑ Đang chờ kiểm tra:</source>
        <translation>⚑ Marked for checking:</translation>
    </message>
</context>
<context>
    <name>MatterKind</name>
    <message>
        <source>Kỷ luật</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Đang thanh tra, kiểm tra</source>
        <translation>Under inspection</translation>
    </message>
    <message>
        <source>Đang điều tra</source>
        <translation>Under investigation</translation>
    </message>
    <message>
        <source>Đang có khiếu nại, tố cáo</source>
        <translation>Complaint or denunciation pending</translation>
    </message>
</context>
<context>
    <name>MeetingAttendance</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>(chưa điểm danh)</source>
        <translation>(attendance not taken)</translation>
    </message>
    <message>
        <source>Chọn một người rồi gõ 1 = có mặt, 2 = vắng có ý kiến bằng văn bản, 3 = vắng (hoặc bấm đôi vào ô «Điểm danh» để chọn). Mỗi người chỉ có một trạng thái.</source>
        <translation>Select a person, then type 1 = present, 2 = absent with written opinion, 3 = absent (or double-click the “Attendance” cell to choose). Each person has only one status.</translation>
    </message>
    <message>
        <source>Ban kiểm phiếu</source>
        <translation>Vote-counting board</translation>
    </message>
    <message>
        <source>Lưu Ban kiểm phiếu</source>
        <translation>Save the vote-counting board</translation>
    </message>
    <message>
        <source>Trưởng ban:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <source>Thành viên:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Chưa ghi Ban kiểm phiếu: bầu trong số thành viên có mặt, trước khi kiểm phiếu (Ban kiểm phiếu ký biên bản kiểm phiếu).</source>
        <translation>No vote-counting board recorded: elect it among the members present before the ballots are counted (the board signs the ballot-count record).</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Sửa phiên họp</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Lên lịch phiên họp Hội đồng</source>
        <translation>Schedule a Council meeting</translation>
    </message>
    <message>
        <source>Hội đồng nhiệm kỳ:</source>
        <translation>Council term:</translation>
    </message>
    <message>
        <source>Ngày họp:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <source>Giờ họp:</source>
        <translation>Meeting time:</translation>
    </message>
    <message>
        <source>Giờ kết thúc:</source>
        <translation>End time:</translation>
    </message>
    <message>
        <source>vd. 10:30 – để trống nếu chưa họp xong</source>
        <translation>e.g. 10:30 – leave empty until the meeting has ended</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Hội trường UBND xã</source>
        <translation>Commune People&apos;s Committee hall</translation>
    </message>
    <message>
        <source>Xét thành tích năm:</source>
        <translation>Review achievements of year:</translation>
    </message>
    <message>
        <source>Chủ trì:</source>
        <translation>Chaired by:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Giờ kết thúc «{text}» không hợp lệ; viết giờ:phút, ví dụ 10:30.</source>
        <translation>End time «{text}» is not valid; write hours:minutes, e.g. 10:30.</translation>
    </message>
    <message>
        <source>Hãy thêm Hội đồng (nhiệm kỳ và thành viên) trước khi lên lịch họp.</source>
        <translation>Add a Council (term and members) before scheduling a meeting.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày họp.</source>
        <translation>Enter the meeting date.</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Xét năm</source>
        <translation>Review year</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Số đề nghị</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Mở phiên họp</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <source>phiên họp {when} – {place}</source>
        <translation>meeting on {when} – {place}</translation>
    </message>
    <message numerus="yes">
        <source>{n} phiên họp</source>
        <translation>
            <numerusform>{n} meeting</numerusform>
            <numerusform>{n} meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} / {total} phiên họp khớp tìm kiếm</source>
        <translation>
            <numerusform>Matching the search: {shown} of {total} meeting</numerusform>
            <numerusform>Matching the search: {shown} of {total} meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPapers</name>
    <message>
        <source>Phiếu bầu…</source>
        <translation>Ballots…</translation>
    </message>
    <message>
        <source>Mỗi thành viên một tờ, liệt kê các đề nghị với ô Đồng ý / Không đồng ý.</source>
        <translation>One sheet per member, listing the proposals with Agree / Disagree boxes.</translation>
    </message>
    <message>
        <source>Biên bản kiểm phiếu…</source>
        <translation>Ballot count minutes…</translation>
    </message>
    <message>
        <source>Số phiếu của từng đề nghị, ngưỡng và kết quả.</source>
        <translation>Votes for each proposal, threshold and result.</translation>
    </message>
    <message>
        <source>Biên bản họp…</source>
        <translation>Meeting minutes…</translation>
    </message>
    <message>
        <source>Thành phần, số lượng, từng nội dung và kết quả (PDF hoặc Word).</source>
        <translation>Attendees, quorum, each item and its result (PDF or Word).</translation>
    </message>
    <message>
        <source>Dự thảo quyết định…</source>
        <translation>Draft decision…</translation>
    </message>
    <message>
        <source>Lấy số trong sổ văn bản; danh sách và tiền thưởng (PDF hoặc Word). Cần kết thúc phiên họp.</source>
        <translation>Takes a number from the document register; list and rewards (PDF or Word). The meeting must be ended first.</translation>
    </message>
    <message>
        <source>Giấy khen, giấy chứng nhận…</source>
        <translation>Certificates of merit, certificates…</translation>
    </message>
    <message>
        <source>In hàng loạt trên khổ A4 theo mẫu, theo quyết định.</source>
        <translation>Batch print on A4 from templates, per the decision.</translation>
    </message>
    <message>
        <source>Giấy công nhận…</source>
        <translation>Recognition papers…</translation>
    </message>
    <message>
        <source>«Gia đình văn hóa», «Thôn văn hóa»: khổ A4 ngang, theo quyết định.</source>
        <translation>«Cultured family», «Cultured village»: landscape A4, as the decision lists them.</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lập văn bản (PDF) và in ngay trên máy in chọn trong hộp thoại in.</source>
        <translation>Make the document (PDF) and print it on the printer chosen in the print dialog.</translation>
    </message>
    <message>
        <source>Số tờ:</source>
        <translation>Sheets:</translation>
    </message>
    <message>
        <source>Ghi quyết định đã ký…</source>
        <translation>Record signed decision…</translation>
    </message>
    <message>
        <source>Mở bằng ứng dụng khác</source>
        <translation>Open with another application</translation>
    </message>
    <message>
        <source>Giấy tờ của phiên họp</source>
        <translation>Papers of the meeting</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng</source>
        <translation>Award decision</translation>
    </message>
    <message>
        <source>Chưa lập dự thảo quyết định. Sau khi kết thúc phiên họp, bấm «Dự thảo quyết định…».</source>
        <translation>No draft decision yet. After ending the meeting, click “Draft decision…”.</translation>
    </message>
    <message numerus="yes">
        <source>Quyết định số {number} – {state}: {n} người, tập thể; tổng tiền thưởng {total}.</source>
        <translation>
            <numerusform>Decision No. {number} – {state}: {n} individual or collective; total reward {total}.</numerusform>
            <numerusform>Decision No. {number} – {state}: {n} individuals and collectives; total reward {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ký ngày {day}; đã ghi {n} dòng vào lịch sử khen thưởng.</source>
        <translation>
            <numerusform>Signed on {day}; {n} row added to the award history.</numerusform>
            <numerusform>Signed on {day}; {n} rows added to the award history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lập được:</source>
        <translation>Can be made now:</translation>
    </message>
    <message>
        <source>Chưa lập được:</source>
        <translation>Cannot be made yet:</translation>
    </message>
    <message>
        <source>Chưa xác nhận – hãy đối chiếu trước khi in, ký:</source>
        <translation>Not confirmed – check before printing or signing:</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Đang lập văn bản…</source>
        <translation>Preparing document…</translation>
    </message>
    <message>
        <source>Đã lưu: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message numerus="yes">
        <source>Đã gửi {n} trang «{name}» tới máy in.</source>
        <translation>
            <numerusform>Sent {n} page of «{name}» to the printer.</numerusform>
            <numerusform>Sent {n} pages of «{name}» to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Máy này chưa có chương trình mở tệp này.</source>
        <translation>No application on this computer can open this file.</translation>
    </message>
</context>
<context>
    <name>MeetingState</name>
    <message>
        <source>Đã lên lịch</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Đang họp</source>
        <translation>In session</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>← Danh sách phiên họp</source>
        <translation>← Meeting list</translation>
    </message>
    <message>
        <source>Lập chương trình</source>
        <translation>Build agenda</translation>
    </message>
    <message>
        <source>Lấy các đề nghị đã gửi Hội đồng của năm xét, nhóm theo danh hiệu (lập lại được khi chưa bắt đầu họp).</source>
        <translation>Collect the proposals sent to the Council for the review year, grouped by title (can be rebuilt until the meeting starts).</translation>
    </message>
    <message>
        <source>Bắt đầu phiên họp</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <source>Kết thúc phiên họp</source>
        <translation>End meeting</translation>
    </message>
    <message>
        <source>Trình chiếu (F5)</source>
        <translation>Presentation (F5)</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Chương trình và kiểm phiếu</source>
        <translation>Agenda and ballot count</translation>
    </message>
    <message>
        <source>Văn bản và quyết định</source>
        <translation>Documents and decisions</translation>
    </message>
    <message>
        <source>Màn hình chiếu</source>
        <translation>Presentation screen</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Phiếu</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Ghi chú cho người trình bày (chỉ hiện trên màn hình điều khiển)</source>
        <translation>Presenter notes (shown only on the control screen)</translation>
    </message>
    <message>
        <source>Lưu ghi chú</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>Phiên họp {when} – {place} · xét năm {year}</source>
        <translation>Meeting {when} – {place} · review year {year}</translation>
    </message>
    <message numerus="yes">
        <source> Còn {n} người chưa điểm danh.</source>
        <translation>
            <numerusform> {n} person has not been marked yet.</numerusform>
            <numerusform> {n} people have not been marked yet.</numerusform>
        </translation>
    </message>
    <message>
        <source> (tỷ lệ chưa xác nhận)</source>
        <translation> (ratio not confirmed)</translation>
    </message>
    <message>
        <source>{title} ({n}) – thông qua khi {rule}</source>
        <translation>{title} ({n}) – passes when {rule}</translation>
    </message>
    <message>
        <source>{votes} (cần {needed})</source>
        <translation>{votes} (need {needed})</translation>
    </message>
    <message>
        <source>Tài khoản này chỉ xem; thư ký Hội đồng ghi kết quả.</source>
        <translation>This account is view-only; the Council secretary records results.</translation>
    </message>
    <message>
        <source>Kết thúc phiên họp? Sau đó không ghi thêm hay sửa kết quả biểu quyết được.</source>
        <translation>End the meeting? Afterwards, vote results can no longer be added or changed.</translation>
    </message>
    <message>
        <source>Đã ghi Quyết định số {number} ngày {day}; lịch sử khen thưởng đã thêm {n} dòng.</source>
        <translation>Recorded Decision No. {number} of {day}; {n} rows added to the award history.</translation>
    </message>
    <message>
        <source>Phiên họp chưa có chương trình để trình chiếu.</source>
        <translation>The meeting has no agenda to present.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>(không có trong danh mục cán bộ)</source>
        <translation>(not in the staff catalogue)</translation>
    </message>
    <message>
        <source>Sửa thành viên Hội đồng</source>
        <translation>Edit Council member</translation>
    </message>
    <message>
        <source>Thêm thành viên Hội đồng</source>
        <translation>Add Council member</translation>
    </message>
    <message>
        <source>Trong danh mục cán bộ:</source>
        <translation>In the staff catalogue:</translation>
    </message>
    <message>
        <source>Gõ vài chữ của họ tên hoặc đơn vị để tìm; chọn một người thì họ tên và chức vụ được điền sẵn (vẫn sửa được).</source>
        <translation>Type part of a name or unit to search; choosing a person fills in the name and position (still editable).</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò trong Hội đồng:</source>
        <translation>Role in the Council:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>ví dụ Phó Chủ tịch UBND xã</source>
        <translation>e.g. Vice Chairman of the Commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Thứ tự:</source>
        <translation>Order:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Lỗi cơ sở dữ liệu</source>
        <translation>Database error</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Sửa phong trào</source>
        <translation>Edit movement</translation>
    </message>
    <message>
        <source>Thêm phong trào</source>
        <translation>Add movement</translation>
    </message>
    <message>
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Tên phong trào:</source>
        <translation>Movement name:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Khẩu hiệu:</source>
        <translation>Slogan:</translation>
    </message>
    <message>
        <source>Số văn bản phát động:</source>
        <translation>Launch document no.:</translation>
    </message>
    <message>
        <source>Ngày phát động:</source>
        <translation>Launched on:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Nội dung (mỗi phần một dòng tiêu đề):</source>
        <translation>Content (each section starts with a heading line):</translation>
    </message>
    <message>
        <source>Chỉ tiêu gắn với phong trào:</source>
        <translation>Indicators of the movement:</translation>
    </message>
    <message>
        <source>Đơn vị thực hiện:</source>
        <translation>Responsible units:</translation>
    </message>
</context>
<context>
    <name>MovementKind</name>
    <message>
        <source>Thường xuyên (hằng năm)</source>
        <translation>Regular (yearly)</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Thematic</translation>
    </message>
</context>
<context>
    <name>MovementStage</name>
    <message>
        <source>Xác định mục tiêu, chỉ tiêu</source>
        <translation>Setting goals and targets</translation>
    </message>
    <message>
        <source>Phát động</source>
        <translation>Launch</translation>
    </message>
    <message>
        <source>Kiểm tra, đôn đốc</source>
        <translation>Checking and follow-up</translation>
    </message>
    <message>
        <source>Nhân rộng điển hình</source>
        <translation>Spreading role models</translation>
    </message>
    <message>
        <source>Sơ kết, tổng kết, khen thưởng</source>
        <translation>Review, summing up, awards</translation>
    </message>
</context>
<context>
    <name>MovementsPage</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tên phong trào</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ngày phát động</source>
        <translation>Launched on</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Bước:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Tất cả các bước</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Sang bước tiếp theo</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <source>Lùi một bước…</source>
        <translation>One step back…</translation>
    </message>
    <message>
        <source>Lùi một bước</source>
        <translation>One step back</translation>
    </message>
    <message>
        <source>Lý do lùi về bước trước:</source>
        <translation>Reason for going back a step:</translation>
    </message>
    <message>
        <source>phong trào</source>
        <translation>movements</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Đơn vị (cán bộ báo cáo):</source>
        <translation>Unit (unit reporter):</translation>
    </message>
    <message>
        <source>(không gắn đơn vị)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>Mật khẩu ban đầu:</source>
        <translation>Initial password:</translation>
    </message>
</context>
<context>
    <name>NomineeKind</name>
    <message>
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>NomineePicker</name>
    <message>
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Hãy chọn đối tượng trong danh sách.</source>
        <translation>Choose who it is about from the list.</translation>
    </message>
</context>
<context>
    <name>NomineesPage</name>
    <message>
        <source>Một hoặc nhiều đối tượng cùng được đề nghị danh hiệu này.</source>
        <translation>One or more nominees proposed together for this title.</translation>
    </message>
    <message>
        <source>Thêm vào danh sách</source>
        <translation>Add to list</translation>
    </message>
    <message>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Đối tượng được đề nghị:</source>
        <translation>Proposed nominees:</translation>
    </message>
</context>
<context>
    <name>NumberState</name>
    <message>
        <source>Đã lấy số</source>
        <translation>Number taken</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Đã hủy (không dùng lại)</source>
        <translation>Cancelled (never reused)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Chưa đủ thông tin</source>
        <translation>Insufficient information</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>DỮ LIỆU MẪU – đây là dữ liệu giả lập của xã Thượng Ninh để làm quen với chương trình; không dùng cho hồ sơ thật.</source>
        <translation>DEMO DATA – simulated data of Thượng Ninh commune for getting to know the program; not for real records.</translation>
    </message>
    <message>
        <source>Số liệu hiện có</source>
        <translation>Current figures</translation>
    </message>
    <message>
        <source>Năm đầu tiên: các việc cần làm</source>
        <translation>First year: what to do</translation>
    </message>
    <message>
        <source>Cần chú ý</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Các khu vực làm việc</source>
        <translation>Work areas</translation>
    </message>
    <message>
        <source>Xã {name}, tỉnh {province}</source>
        <translation>{name} commune, {province} province</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Báo cáo đơn vị</source>
        <translation>Unit reports</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức khen thưởng</source>
        <translation>Titles and forms of commendation</translation>
    </message>
    <message numerus="yes">
        <source>{n} báo cáo đơn vị đã gửi, đang chờ duyệt.</source>
        <translation>
            <numerusform>{n} unit report submitted, waiting for acceptance.</numerusform>
            <numerusform>{n} unit reports submitted, waiting for acceptance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} thiết lập chưa xác nhận căn cứ pháp lý (xem Quản trị).</source>
        <translation>
            <numerusform>{n} setting has an unconfirmed legal basis (see Administration).</numerusform>
            <numerusform>{n} settings have an unconfirmed legal basis (see Administration).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào: hãy khai báo ở Danh mục → Đơn vị.</source>
        <translation>No units yet: declare them in Catalogue → Units.</translation>
    </message>
    <message>
        <source>Không có việc nào đang chờ.</source>
        <translation>Nothing is waiting.</translation>
    </message>
    <message numerus="yes">
        <source>{names} và {n} đơn vị khác</source>
        <translation>
            <numerusform>{names} and {n} other unit</numerusform>
            <numerusform>{names} and {n} other units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} đơn vị chưa gửi báo cáo, quá hạn {days} ngày (hạn {deadline}): {names}.</source>
        <translation>
            <numerusform>{n} unit has not sent its report, due {deadline} (days late: {days}): {names}.</numerusform>
            <numerusform>{n} units have not sent their reports, due {deadline} (days late: {days}): {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hạn nộp hồ sơ đề nghị khen thưởng năm {year}: {date}</source>
        <translation>Deadline for the {year} award dossiers: {date}</translation>
    </message>
    <message numerus="yes">
        <source>còn {n} ngày</source>
        <translation>
            <numerusform>{n} day left</numerusform>
            <numerusform>{n} days left</numerusform>
        </translation>
    </message>
    <message>
        <source>hôm nay là hạn</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>đã quá hạn {n} ngày</source>
        <translation>
            <numerusform>{n} day overdue</numerusform>
            <numerusform>{n} days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>chưa lập đề nghị nào</source>
        <translation>no proposal made yet</translation>
    </message>
    <message numerus="yes">
        <source>{n}/{total} đề nghị chưa qua Hội đồng</source>
        <translation>
            <numerusform>{n}/{total} proposal not yet through the council</numerusform>
            <numerusform>{n}/{total} proposals not yet through the council</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} đề nghị đã qua Hội đồng</source>
        <translation>
            <numerusform>{n} proposal through the council</numerusform>
            <numerusform>{n} proposals through the council</numerusform>
        </translation>
    </message>
    <message>
        <source>Căn cứ: {basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
    <message>
        <source>Khai báo xã</source>
        <translation>Declare the commune</translation>
    </message>
    <message>
        <source>Khai báo các đơn vị: phòng, ban, trường, thôn…</source>
        <translation>Declare the units: offices, schools, villages…</translation>
    </message>
    <message>
        <source>Nhập danh sách cán bộ, công chức, người lao động</source>
        <translation>Enter the staff and workers</translation>
    </message>
    <message>
        <source>Nhập chỉ tiêu và kế hoạch năm {year} từ phụ lục kế hoạch</source>
        <translation>Enter the indicators and {year} targets from the plan&apos;s appendix</translation>
    </message>
    <message>
        <source>Phát động các phong trào thi đua năm {year}</source>
        <translation>Launch the {year} emulation movements</translation>
    </message>
    <message>
        <source>Ghi đăng ký thi đua của các đơn vị, cá nhân</source>
        <translation>Record the units&apos; and people&apos;s emulation registrations</translation>
    </message>
    <message>
        <source>Khai báo Hội đồng Thi đua – Khen thưởng và các thành viên</source>
        <translation>Declare the Emulation and Commendation Council and its members</translation>
    </message>
    <message>
        <source>Nhận báo cáo kỳ đầu tiên của các đơn vị</source>
        <translation>Receive the units&apos; first period reports</translation>
    </message>
    <message>
        <source>Bình xét cuối năm và lập đề nghị khen thưởng</source>
        <translation>Hold the year-end review and make the award proposals</translation>
    </message>
    <message>
        <source>việc tiếp theo</source>
        <translation>next</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Ít nhất {n} ký tự, không chỉ gồm chữ số, không chứa tên đăng nhập, không phải mật khẩu phổ biến.</source>
        <translation>At least {n} characters, not only digits, not containing the username, not a common password.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tìm theo tên, chức vụ, đơn vị (gõ có dấu hoặc không dấu)</source>
        <translation>Search by name, position, unit (with or without Vietnamese accents)</translation>
    </message>
    <message>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Quá trình công tác của «{name}»: {units}</source>
        <translation>Units of “{name}” over time: {units}</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message numerus="yes">
        <source>{n} người</source>
        <translation>
            <numerusform>{n} person</numerusform>
            <numerusform>{n} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} / {total} người khớp tìm kiếm</source>
        <translation>
            <numerusform>Matching the search: {shown} of {total} person</numerusform>
            <numerusform>Matching the search: {shown} of {total} people</numerusform>
        </translation>
    </message>
    <message>
        <source>Xóa người</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Xóa «{name}» ({unit}) khỏi danh sách? Việc xóa không hoàn tác được.</source>
        <translation>Delete «{name}» ({unit}) from the list? This cannot be undone.</translation>
    </message>
    <message>
        <source>Nhập danh sách người từ Excel</source>
        <translation>Import people from Excel</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập {n} người từ tệp «{file}».</source>
        <translation>
            <numerusform>Imported {n} person from «{file}».</numerusform>
            <numerusform>Imported {n} people from «{file}».</numerusform>
        </translation>
    </message>
    <message>
        <source>Xuất danh sách người ra Excel</source>
        <translation>Export people to Excel</translation>
    </message>
    <message>
        <source>danh sách người</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất {n} người ra tệp «{file}».</source>
        <translation>
            <numerusform>Exported {n} person to «{file}».</numerusform>
            <numerusform>Exported {n} people to «{file}».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>Half year</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>Nine months</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>xem dữ liệu</source>
        <translation>view data</translation>
    </message>
    <message>
        <source>sửa danh mục</source>
        <translation>edit the catalogue</translation>
    </message>
    <message>
        <source>nhập báo cáo</source>
        <translation>enter reports</translation>
    </message>
    <message>
        <source>duyệt báo cáo</source>
        <translation>accept reports</translation>
    </message>
    <message>
        <source>sửa hồ sơ thi đua</source>
        <translation>edit emulation records</translation>
    </message>
    <message>
        <source>lập đề nghị khen thưởng</source>
        <translation>prepare award proposals</translation>
    </message>
    <message>
        <source>điều hành phiên họp Hội đồng</source>
        <translation>run Council meetings</translation>
    </message>
    <message>
        <source>lấy số văn bản</source>
        <translation>take document numbers</translation>
    </message>
    <message>
        <source>sửa thiết lập</source>
        <translation>edit settings</translation>
    </message>
    <message>
        <source>quản lý tài khoản</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>bảo trì cơ sở dữ liệu</source>
        <translation>maintain the database</translation>
    </message>
    <message>
        <source>phê duyệt đề nghị khen thưởng</source>
        <translation>approve award proposals</translation>
    </message>
    <message>
        <source>xem nhật ký thay đổi</source>
        <translation>view the change log</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Sửa thông tin «{name}»</source>
        <translation>Edit «{name}»</translation>
    </message>
    <message>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Năm sinh:</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <source>ví dụ 1985; để trống nếu không rõ</source>
        <translation>e.g. 1985; leave empty if unknown</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Quê quán:</source>
        <translation>Place of origin:</translation>
    </message>
    <message>
        <source>Nơi thường trú:</source>
        <translation>Permanent residence:</translation>
    </message>
    <message>
        <source>Trình độ chuyên môn, nghiệp vụ:</source>
        <translation>Professional qualification:</translation>
    </message>
    <message>
        <source>ví dụ Đại học Luật</source>
        <translation>e.g. Bachelor of Law</translation>
    </message>
    <message>
        <source>Trình độ lý luận chính trị:</source>
        <translation>Political theory level:</translation>
    </message>
    <message>
        <source>ví dụ Trung cấp</source>
        <translation>e.g. Intermediate</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Ngày chuyển đơn vị:</source>
        <translation>Moved on:</translation>
    </message>
    <message>
        <source>Từ ngày này người đó thuộc đơn vị mới; trước ngày này vẫn thuộc đơn vị cũ (để đánh giá, khen thưởng các năm trước).</source>
        <translation>From this day on the person belongs to the new unit; before it, to the old one (for ratings and awards of earlier years).</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Hãy chọn đơn vị.</source>
        <translation>Choose a unit.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày chuyển đơn vị (ngày/tháng/năm).</source>
        <translation>Enter the date of the move (day/month/year).</translation>
    </message>
</context>
<context>
    <name>PersonStatus</name>
    <message>
        <source>Đang công tác</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Đã chuyển công tác</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Đã nghỉ hưu</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Người dân</source>
        <translation>Resident</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Thêm ảnh…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <source>Xóa ảnh</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Chọn một điển hình để xem ảnh.</source>
        <translation>Select an exemplar to see its photos.</translation>
    </message>
    <message>
        <source>Ảnh của «{title}»: {n} ảnh</source>
        <translation>Photos of “{title}”: {n}</translation>
    </message>
    <message>
        <source>{file} – {size} KB</source>
        <translation>{file} – {size} KB</translation>
    </message>
    <message>
        <source>Thêm ảnh (tối đa 10 MB mỗi ảnh)</source>
        <translation>Add photos (at most 10 MB each)</translation>
    </message>
    <message>
        <source>Xóa ảnh «{file}» khỏi điển hình? Việc xóa không hoàn tác được.</source>
        <translation>Remove the photo “{file}” from the exemplar? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message numerus="yes">
        <source>{n} đề nghị</source>
        <translation>
            <numerusform>{n} proposal</numerusform>
            <numerusform>{n} proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Xét danh hiệu, hình thức khen thưởng</source>
        <translation>Titles and forms of commendation under review</translation>
    </message>
    <message>
        <source>{count} · Thông qua khi: {rule}</source>
        <translation>{count} · Approved when: {rule}</translation>
    </message>
    <message>
        <source>xét đến ngày {date}</source>
        <translation>as judged on {date}</translation>
    </message>
    <message>
        <source> (chỉ lưu ý, không bắt buộc)</source>
        <translation> (a note only, not required)</translation>
    </message>
    <message numerus="yes">
        <source>… và {n} tiêu chí khác</source>
        <translation>
            <numerusform>… and {n} more criterion</numerusform>
            <numerusform>… and {n} more criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>Thành tích:</source>
        <translation>Achievements:</translation>
    </message>
    <message>
        <source>Đề nghị: {who}</source>
        <translation>Proposed by: {who}</translation>
    </message>
    <message>
        <source>Tiền thưởng: {amount}</source>
        <translation>Prize: {amount}</translation>
    </message>
    <message>
        <source>Kết quả: {result} ({votes}/{base})</source>
        <translation>Result: {result} ({votes}/{base})</translation>
    </message>
    <message>
        <source>Thông qua khi: {rule}</source>
        <translation>Approved when: {rule}</translation>
    </message>
    <message>
        <source>Màn hình</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>màn hình chính</source>
        <translation>primary screen</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Trình chiếu phiên họp Hội đồng</source>
        <translation>Council meeting presentation</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <source>Phím: → PgDn Space: tiếp · ← PgUp: trước · Home/End: đầu/cuối · P hoặc Tab: đổi màn hình chiếu/điều khiển (khi chỉ có một màn hình) · Esc: thoát</source>
        <translation>Keys: → PgDn Space: next · ← PgUp: previous · Home/End: first/last · P or Tab: swap presentation/control screen (single screen only) · Esc: exit</translation>
    </message>
    <message>
        <source>◀ Trước</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Tiếp ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Thoát trình chiếu (Esc)</source>
        <translation>Exit presentation (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ghi chú của thư ký&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secretary&apos;s notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiếp theo&lt;/b&gt;</source>
        <translation>&lt;b&gt;Up next&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Màn hình {n} / {total}</source>
        <translation>Screen {n} / {total}</translation>
    </message>
    <message>
        <source>(không có ghi chú)</source>
        <translation>(no notes)</translation>
    </message>
    <message>
        <source>Hết danh sách.</source>
        <translation>End of list.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>In văn bản</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>Không đọc được tệp PDF «{name}» để in.</source>
        <translation>Cannot read the PDF file “{name}” to print it.</translation>
    </message>
    <message>
        <source>Không mở được máy in «{name}».</source>
        <translation>Cannot open the printer “{name}”.</translation>
    </message>
    <message>
        <source>Máy in dừng ở trang {n}.</source>
        <translation>The printer stopped at page {n}.</translation>
    </message>
    <message>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Đã đạt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Có nguy cơ</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Chậm tiến độ</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>ProposalDossier</name>
    <message>
        <source>Chọn thư mục ghi hồ sơ</source>
        <translation>Choose a folder for the dossier</translation>
    </message>
    <message>
        <source>Đang ghi hồ sơ…</source>
        <translation>Saving dossier…</translation>
    </message>
    <message numerus="yes">
        <source>Đã ghi {n} tệp vào thư mục «{folder}».</source>
        <translation>
            <numerusform>Saved {n} file to the folder «{folder}».</numerusform>
            <numerusform>Saved {n} files to the folder «{folder}».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức</source>
        <translation>Title or form</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tiền thưởng xã chi (đồng)</source>
        <translation>Prize paid by the commune (VND)</translation>
    </message>
    <message>
        <source>cấp trên chi</source>
        <translation>paid by the higher level</translation>
    </message>
    <message numerus="yes">
        <source>Xã chi thưởng: {n} đối tượng, {amount} đồng</source>
        <translation>
            <numerusform>Paid by the commune: {n} nominee, {amount} VND</numerusform>
            <numerusform>Paid by the commune: {n} nominees, {amount} VND</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} đối tượng Hội đồng không thông qua</source>
        <translation>
            <numerusform>{n} nominee the council rejected</numerusform>
            <numerusform>{n} nominees the council rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} đối tượng khen thưởng cấp trên do cấp trên chi thưởng</source>
        <translation>
            <numerusform>{n} nominee for a higher-level award, paid by the higher level</numerusform>
            <numerusform>{n} nominees for higher-level awards, paid by the higher level</numerusform>
        </translation>
    </message>
    <message>
        <source>Không tính: {what}</source>
        <translation>Not counted: {what}</translation>
    </message>
    <message>
        <source>{state} – bước «{step}»</source>
        <translation>{state} – step «{step}»</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Ngày trình</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Tìm (gõ có dấu hoặc không dấu)</source>
        <translation>Search (with or without diacritics)</translation>
    </message>
    <message>
        <source>Đề nghị mới…</source>
        <translation>New proposal…</translation>
    </message>
    <message>
        <source>Mở / tiếp tục…</source>
        <translation>Open / continue…</translation>
    </message>
    <message>
        <source>Rút đề nghị…</source>
        <translation>Withdraw proposal…</translation>
    </message>
    <message>
        <source>Xóa bản nháp</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Ghi hồ sơ…</source>
        <translation>Save dossier…</translation>
    </message>
    <message>
        <source>Trình tỉnh…</source>
        <translation>Send to province…</translation>
    </message>
    <message>
        <source>Ghi quyết định của tỉnh…</source>
        <translation>Record province decision…</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message numerus="yes">
        <source>{shown}/{total} đề nghị</source>
        <translation>
            <numerusform>{shown}/{total} proposal</numerusform>
            <numerusform>{shown}/{total} proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>{state} ({passed} thông qua, {rejected} không thông qua)</source>
        <translation>{state} ({passed} passed, {rejected} rejected)</translation>
    </message>
    <message>
        <source>Rút đề nghị</source>
        <translation>Withdraw proposal</translation>
    </message>
    <message>
        <source>Lý do rút đề nghị:</source>
        <translation>Reason for withdrawal:</translation>
    </message>
    <message>
        <source>Xóa bản nháp đề nghị «{title}» và các tệp kèm theo? Việc xóa không hoàn tác được.</source>
        <translation>Delete draft proposal “{title}” and its attachments? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ProposalState</name>
    <message>
        <source>Đang soạn</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã trình Hội đồng</source>
        <translation>Submitted to the Council</translation>
    </message>
    <message>
        <source>Hội đồng thông qua</source>
        <translation>Approved by the Council</translation>
    </message>
    <message>
        <source>Đã trình tỉnh</source>
        <translation>Sent to the province</translation>
    </message>
    <message>
        <source>Không thông qua</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Đã có quyết định</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Đã rút</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <source>Đề nghị #{id}: {title}</source>
        <translation>Proposal #{id}: {title}</translation>
    </message>
    <message>
        <source>Chưa đưa ra Hội đồng</source>
        <translation>Not before the council yet</translation>
    </message>
    <message>
        <source>Năm {year} – {state}</source>
        <translation>Year {year} – {state}</translation>
    </message>
    <message>
        <source> – Tờ trình {number} ({when})</source>
        <translation> – submission {number} ({when})</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Điều kiện</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Hội đồng</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Tiền thưởng xã chi (đồng)</source>
        <translation>Prize paid by the commune (VND)</translation>
    </message>
    <message>
        <source>cấp trên chi</source>
        <translation>paid by the higher level</translation>
    </message>
    <message>
        <source> (đề nghị kèm giải trình)</source>
        <translation> (proposed with a justification)</translation>
    </message>
    <message numerus="yes">
        <source>Xã chi thưởng: {n} đối tượng, {amount} đồng</source>
        <translation>
            <numerusform>Paid by the commune: {n} nominee, {amount} VND</numerusform>
            <numerusform>Paid by the commune: {n} nominees, {amount} VND</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalWizard</name>
    <message>
        <source>Lập đề nghị khen thưởng</source>
        <translation>Prepare award proposal</translation>
    </message>
    <message>
        <source>Trình Hội đồng</source>
        <translation>Submit to Council</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Bình xét cuối năm</source>
        <translation>Year-end review</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Proposals</translation>
    </message>
</context>
<context>
    <name>ProvinceRoute</name>
    <message numerus="yes">
        <source>Đã trình tỉnh {n} đề nghị (Tờ trình {number}). Hãy chọn thư mục ghi hồ sơ trình tỉnh.</source>
        <translation>
            <numerusform>Sent {n} proposal to the province (submission {number}). Choose the folder for the province dossier.</numerusform>
            <numerusform>Sent {n} proposals to the province (submission {number}). Choose the folder for the province dossier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Sửa kết quả đánh giá</source>
        <translation>Edit rating</translation>
    </message>
    <message>
        <source>Thêm kết quả đánh giá</source>
        <translation>Add rating</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Nominee:</translation>
    </message>
    <message>
        <source>Đơn vị đánh giá:</source>
        <translation>Rating unit:</translation>
    </message>
    <message>
        <source>(tập thể: chính đơn vị đó)</source>
        <translation>(collective: the unit itself)</translation>
    </message>
    <message>
        <source>Mức xếp loại:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <source>(không xếp loại)</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <source>Điểm (cán bộ, công chức, viên chức):</source>
        <translation>Points (officials):</translation>
    </message>
    <message>
        <source>HTXS ≥ 90; HTT 70–&lt;90; HT 50–&lt;70; KHT &lt; 50 (NĐ 335/2025)</source>
        <translation>HTXS ≥ 90; HTT 70–&lt;90; HT 50–&lt;70; KHT &lt; 50 (Decree 335/2025)</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Thôn, đơn vị xác nhận (lao động, nông dân, hộ gia đình):</source>
        <translation>Confirmed by the village or unit (workers, farmers, households):</translation>
    </message>
    <message>
        <source>Công nhân, nông dân, người lao động: thôn hoặc đơn vị xác nhận trong năm lao động sản xuất có hiệu quả, gương mẫu chấp hành chủ trương, pháp luật, tích cực tham gia phong trào thi đua (Luật Thi đua, khen thưởng 2022, Điều 24). Hộ gia đình (không xếp loại): kết quả họp bình xét «Gia đình văn hóa» của thôn (Nghị định 86/2023/NĐ-CP).</source>
        <translation>Workers, farmers and other labourers: the village or unit confirms that during the year they worked productively, set an example in observing policy and law and took an active part in the emulation movement (Law on Emulation and Commendation 2022, Article 24). Households (never rated): the village meeting&apos;s result for «Cultured family» (Decree 86/2023/NĐ-CP).</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Nơi xác nhận:</source>
        <translation>Confirmed by:</translation>
    </message>
    <message>
        <source>(mặc định: đơn vị đánh giá)</source>
        <translation>(default: the rating unit)</translation>
    </message>
</context>
<context>
    <name>RatingLevel</name>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Excellently completed duties</translation>
    </message>
    <message>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Well completed duties</translation>
    </message>
    <message>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Completed duties</translation>
    </message>
    <message>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Did not complete duties</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Đơn vị đánh giá</source>
        <translation>Rating unit</translation>
    </message>
    <message>
        <source>Mức xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{result} (xác nhận của {by})</source>
        <translation>{result} (confirmed by {by})</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Mức:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <source>Tất cả các mức</source>
        <translation>All ratings</translation>
    </message>
    <message>
        <source>đánh giá xếp loại</source>
        <translation>ratings</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lý do (đơn vị sẽ thấy lý do này):</source>
        <translation>Reason (the unit will see it):</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Tìm (gõ có dấu hoặc không dấu)</source>
        <translation>Search (with or without diacritics)</translation>
    </message>
    <message>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>danh sách</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Tất cả các năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Tất cả các thôn</source>
        <translation>All villages</translation>
    </message>
    <message numerus="yes">
        <source>… và {n} cảnh báo khác.</source>
        <translation>
            <numerusform>… and {n} more warning.</numerusform>
            <numerusform>… and {n} more warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} dòng</source>
        <translation>
            <numerusform>{n} row</numerusform>
            <numerusform>{n} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} / {total} dòng khớp tìm kiếm</source>
        <translation>
            <numerusform>Matching the search: {shown} of {total} row</numerusform>
            <numerusform>Matching the search: {shown} of {total} rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Xóa «{what}»? Việc xóa không hoàn tác được.</source>
        <translation>Delete «{what}»? This cannot be undone.</translation>
    </message>
    <message>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập {n} dòng từ tệp «{file}».</source>
        <translation>
            <numerusform>Imported {n} row from «{file}».</numerusform>
            <numerusform>Imported {n} rows from «{file}».</numerusform>
        </translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất {n} dòng ra tệp «{file}».</source>
        <translation>
            <numerusform>Exported {n} row to «{file}».</numerusform>
            <numerusform>Exported {n} rows to «{file}».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Sửa đăng ký thi đua</source>
        <translation>Edit registration</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đơn vị đăng ký:</source>
        <translation>Registering unit:</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Nominee:</translation>
    </message>
    <message>
        <source>Danh hiệu đăng ký:</source>
        <translation>Title registered for:</translation>
    </message>
    <message>
        <source>Phong trào:</source>
        <translation>Movement:</translation>
    </message>
    <message>
        <source>(không gắn phong trào)</source>
        <translation>(no movement)</translation>
    </message>
    <message>
        <source>Hãy chọn danh hiệu.</source>
        <translation>Choose a title.</translation>
    </message>
</context>
<context>
    <name>RegistrationState</name>
    <message>
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Chờ duyệt</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Đơn vị đăng ký</source>
        <translation>Registering unit</translation>
    </message>
    <message>
        <source>Danh hiệu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Quá hạn {date}</source>
        <translation>Late (deadline {date})</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Gửi</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Từ chối…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Rút lại…</source>
        <translation>Recall…</translation>
    </message>
    <message>
        <source>In danh sách…</source>
        <translation>Print list…</translation>
    </message>
    <message numerus="yes">
        <source>Hạn đăng ký năm {year}: {date}. {n} đăng ký gửi sau hạn hoặc chưa gửi.</source>
        <translation>
            <numerusform>Registration deadline {year}: {date}. {n} registration sent late or not sent yet.</numerusform>
            <numerusform>Registration deadline {year}: {date}. {n} registrations sent late or not sent yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đăng ký sau hạn {date}: đăng ký vẫn được lưu, nhưng là đăng ký muộn.</source>
        <translation>Registered after the deadline {date}: it is saved, but marked late.</translation>
    </message>
    <message>
        <source>Lý do từ chối:</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <source>Lý do rút lại:</source>
        <translation>Reason for recalling:</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>đăng ký thi đua</source>
        <translation>emulation registrations</translation>
    </message>
    <message>
        <source>In danh sách đăng ký thi đua</source>
        <translation>Print the registration list</translation>
    </message>
    <message>
        <source>Đang tạo văn bản…</source>
        <translation>Creating the document…</translation>
    </message>
    <message>
        <source>Đã ghi danh sách năm {year} ra tệp «{file}».</source>
        <translation>Saved the {year} list to “{file}”.</translation>
    </message>
</context>
<context>
    <name>ReportEntryView</name>
    <message>
        <source>Kết quả nổi bật</source>
        <translation>Main results</translation>
    </message>
    <message>
        <source>Khó khăn, vướng mắc</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>Đề xuất, kiến nghị</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Gửi</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Mở lại…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Xuất mẫu Excel…</source>
        <translation>Export Excel form…</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Chưa nhập</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>{period} – {unit}: &lt;b&gt;{state}&lt;/b&gt;; hạn nộp {deadline}</source>
        <translation>{period} – {unit}: &lt;b&gt;{state}&lt;/b&gt;; due {deadline}</translation>
    </message>
    <message>
        <source>Đơn vị không có chỉ tiêu nào báo cáo theo kỳ này.</source>
        <translation>The unit has no indicator reported in this period.</translation>
    </message>
    <message>
        <source>Lý do trả lại: {reason}</source>
        <translation>Returned because: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Báo cáo đã được mở lại sau khi tiếp nhận: {count} số liệu đã thay đổi từ khi mở lại.</source>
        <translation>
            <numerusform>The report was reopened after acceptance: {count} value changed since it was reopened.</numerusform>
            <numerusform>The report was reopened after acceptance: {count} values changed since it was reopened.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Lịch sử số liệu «{code} – {name}»&lt;/b&gt;:</source>
        <translation>&lt;b&gt;History of «{code} – {name}»&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Khác xa các kỳ trước của đơn vị&lt;/b&gt; (cần xem lại, vẫn gửi được): {why}</source>
        <translation>&lt;b&gt;⚠ Far from the unit&apos;s earlier periods&lt;/b&gt; (check it; it can still be sent): {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚑ Văn phòng đề nghị kiểm tra&lt;/b&gt; ({user}): {comment}</source>
        <translation>&lt;b&gt;⚑ The office asks to check&lt;/b&gt; ({user}): {comment}</translation>
    </message>
    <message>
        <source>chưa có số liệu nào được nhập.</source>
        <translation>no value entered yet.</translation>
    </message>
    <message>
        <source>{user} nhập {after}</source>
        <translation>{user} entered {after}</translation>
    </message>
    <message>
        <source>{user} xóa {before}</source>
        <translation>{user} cleared {before}</translation>
    </message>
    <message>
        <source>{user} sửa {before} → {after}</source>
        <translation>{user} changed {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source> (và {count} lần trước đó)</source>
        <translation>
            <numerusform> (and {count} earlier change)</numerusform>
            <numerusform> (and {count} earlier changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa gửi được báo cáo: có ô nhập sai chưa được lưu, hãy sửa hoặc xóa các ô tô đỏ:</source>
        <translation>The report was not sent: some cells hold invalid input that was not saved; correct or clear the cells in red:</translation>
    </message>
    <message>
        <source>Chưa gửi được báo cáo:</source>
        <translation>The report cannot be submitted yet:</translation>
    </message>
    <message>
        <source>«{code} – {name}»: {why}</source>
        <translation>«{code} – {name}»: {why}</translation>
    </message>
    <message>
        <source>Gửi báo cáo</source>
        <translation>Submit the report</translation>
    </message>
    <message>
        <source>Số lũy kế thấp hơn kỳ trước – có thể đã nhập số của riêng kỳ này:</source>
        <translation>Year-to-date figure lower than the previous period – possibly this period&apos;s own figure was entered:</translation>
    </message>
    <message>
        <source>Vẫn gửi báo cáo?</source>
        <translation>Submit the report anyway?</translation>
    </message>
    <message>
        <source>báo cáo</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Xuất mẫu báo cáo ra Excel</source>
        <translation>Export the report form to Excel</translation>
    </message>
    <message>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Đã xuất mẫu báo cáo ra tệp «{file}».</source>
        <translation>Exported the report form to “{file}”.</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>thống kê khen thưởng</source>
        <translation>award statistics</translation>
    </message>
    <message>
        <source>tình hình gửi báo cáo</source>
        <translation>reporting status</translation>
    </message>
    <message>
        <source>tiến độ</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>sơ kết</source>
        <translation>mid-year review</translation>
    </message>
    <message>
        <source>tổng kết</source>
        <translation>year-end review</translation>
    </message>
    <message>
        <source>danh sách đơn vị cá nhân</source>
        <translation>units and people</translation>
    </message>
    <message>
        <source>biểu 0601 số phong trào thi đua</source>
        <translation>form 0601 emulation movements</translation>
    </message>
    <message>
        <source>biểu 0602 khen thưởng cấp Nhà nước</source>
        <translation>form 0602 state awards</translation>
    </message>
    <message>
        <source>biểu 0603 khen thưởng cấp tỉnh</source>
        <translation>form 0603 province awards</translation>
    </message>
    <message>
        <source>biểu 0604 tổ chức làm công tác thi đua</source>
        <translation>form 0604 emulation offices</translation>
    </message>
    <message>
        <source>biểu 0605 công chức làm công tác thi đua</source>
        <translation>form 0605 emulation staff</translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nhập báo cáo từ Excel</source>
        <translation>Import reports from Excel</translation>
    </message>
    <message>
        <source>{files} tệp: {changes} thay đổi, {bad} tệp có lỗi (không nhập).</source>
        <translation>Files: {files}; changes: {changes}; files with errors (not imported): {bad}.</translation>
    </message>
    <message>
        <source>Đã dừng đọc giữa chừng.</source>
        <translation>Reading was stopped part way.</translation>
    </message>
    <message>
        <source>Thay đổi ({n})</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <source>Lỗi ({n})</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <source>Lưu ý ({n})</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Đã nhập {files} tệp, {values} giá trị.</source>
        <translation>Imported. Files: {files}; values: {values}.</translation>
    </message>
    <message>
        <source>Không nhập:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa các tệp báo cáo</source>
        <translation>Choose the folder holding the report files</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
</context>
<context>
    <name>ReportMatrixView</name>
    <message>
        <source>Chưa nhập</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>⚠ số liệu bất thường · ⚑ chờ kiểm tra</source>
        <translation>⚠ unusual values · ⚑ marked for checking</translation>
    </message>
    <message>
        <source>⚠: số giá trị khác xa các kỳ trước của chính đơn vị (xem tab Kiểm tra số liệu); ⚑: số giá trị văn phòng đánh dấu cần kiểm tra.</source>
        <translation>⚠: how many values are far from the unit&apos;s own earlier periods (see the Data checks tab); ⚑: how many values the office marked for checking.</translation>
    </message>
    <message>
        <source>Xuất mẫu Excel mọi đơn vị…</source>
        <translation>Export Excel forms for all units…</translation>
    </message>
    <message>
        <source>Nhập báo cáo từ Excel…</source>
        <translation>Import reports from Excel…</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>{done}/{total} báo cáo đã gửi (trong đó {n} báo cáo chưa đến hạn); {overdue} quá hạn</source>
        <translation>{done}/{total} reports sent ({n} of them not due yet); {overdue} overdue</translation>
    </message>
    <message>
        <source>{done}/{total} báo cáo đã gửi; {overdue} quá hạn</source>
        <translation>Reports sent: {done}/{total}; overdue: {overdue}</translation>
    </message>
    <message>
        <source>Không đơn vị nào phải báo cáo theo kỳ này.</source>
        <translation>No unit reports in periods of this kind.</translation>
    </message>
    <message>
        <source>báo cáo</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Xuất mẫu báo cáo mọi đơn vị</source>
        <translation>Export the report forms of all units</translation>
    </message>
    <message>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Đã xuất mẫu báo cáo {period} ra tệp «{file}».</source>
        <translation>Exported the report forms of {period} to “{file}”.</translation>
    </message>
</context>
<context>
    <name>ReportQualityView</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Đánh dấu</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>cần kiểm tra</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>Nhận xét (so với các kỳ trước của đơn vị)</source>
        <translation>Remark (against the unit&apos;s earlier periods)</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Nội dung cần kiểm tra</source>
        <translation>What to check</translation>
    </message>
    <message>
        <source>Người đánh dấu</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <source>Đánh dấu cần kiểm tra…</source>
        <translation>Mark for checking…</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu…</source>
        <translation>Clear mark…</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Số liệu bất thường {period}&lt;/b&gt;: chưa đơn vị nào nhập số liệu của kỳ này.</source>
        <translation>&lt;b&gt;Unusual values, {period}&lt;/b&gt;: no unit has entered values for this period yet.</translation>
    </message>
    <message>
        <source>Kỳ gần nhất có số liệu: &lt;a href=&quot;{code}&quot;&gt;{period}&lt;/a&gt;.</source>
        <translation>Latest period with values: &lt;a href=&quot;{code}&quot;&gt;{period}&lt;/a&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Số liệu bất thường {period}&lt;/b&gt;: {count} giá trị khác xa các kỳ trước của chính đơn vị (chỉ cảnh báo, không chặn gửi báo cáo)</source>
        <translation>
            <numerusform>&lt;b&gt;Unusual values, {period}&lt;/b&gt;: {count} value far from the unit&apos;s own earlier periods (a warning only; sending is not blocked)</numerusform>
            <numerusform>&lt;b&gt;Unusual values, {period}&lt;/b&gt;: {count} values far from the unit&apos;s own earlier periods (a warning only; sending is not blocked)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Số liệu bất thường {period}&lt;/b&gt;: không có giá trị nào khác xa các kỳ trước của đơn vị.</source>
        <translation>&lt;b&gt;Unusual values, {period}&lt;/b&gt;: no value is far from its unit&apos;s earlier periods.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Số liệu đang chờ kiểm tra&lt;/b&gt; (mọi kỳ): {count}</source>
        <translation>&lt;b&gt;Values marked for checking&lt;/b&gt; (all periods): {count}</translation>
    </message>
    <message>
        <source>Hãy chọn một số liệu bất thường trong danh sách trên.</source>
        <translation>Choose an unusual value in the list above.</translation>
    </message>
    <message>
        <source>Đánh dấu cần kiểm tra</source>
        <translation>Mark for checking</translation>
    </message>
    <message>
        <source>Cần kiểm tra gì ở số liệu «{indicator}» của {unit}? (đơn vị và văn phòng sẽ thấy)</source>
        <translation>What should be checked in «{indicator}» of {unit}? (the unit and the office will see it)</translation>
    </message>
    <message>
        <source>Hãy chọn một số liệu đang chờ kiểm tra trong danh sách dưới.</source>
        <translation>Choose a marked value in the list below.</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu</source>
        <translation>Clear mark</translation>
    </message>
    <message>
        <source>Đã kiểm tra số liệu «{indicator}» của {unit} thế nào? (lý do được ghi vào nhật ký)</source>
        <translation>How was «{indicator}» of {unit} checked? (the reason goes to the audit trail)</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Đang nhập</source>
        <translation>Being entered</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Tổng hợp theo kỳ</source>
        <translation>Overview by period</translation>
    </message>
    <message>
        <source>Nhập báo cáo</source>
        <translation>Enter a report</translation>
    </message>
    <message>
        <source>Kiểm tra số liệu</source>
        <translation>Data checks</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Đặt lại mật khẩu của «{user}»</source>
        <translation>Reset the password of «{user}»</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <source>Tất cả đối tượng</source>
        <translation>All nominees</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>Tập thể, thôn</source>
        <translation>Collectives, villages</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Tìm theo tên, đơn vị…</source>
        <translation>Search by name, unit…</translation>
    </message>
    <message>
        <source>Chỉ đối tượng đủ điều kiện</source>
        <translation>Eligible nominees only</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Nominee:</translation>
    </message>
    <message>
        <source>Danh hiệu:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Lập đề nghị</source>
        <translation>Prepare proposal</translation>
    </message>
    <message>
        <source>Lập đề nghị khen thưởng cho các đối tượng đang chọn với danh hiệu bên cạnh</source>
        <translation>Prepare an award proposal for the selected nominees with the title alongside</translation>
    </message>
    <message>
        <source>Đề nghị danh hiệu:</source>
        <translation>Propose title:</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đủ điều kiện</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>{title} (chưa đạt)</source>
        <translation>{title} (not reached)</translation>
    </message>
    <message>
        <source>Chưa đạt «{title}»: {why}</source>
        <translation>«{title}» not reached: {why}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&apos;#unconfirmed&apos;&gt;{n} con số chưa xác nhận&lt;/a&gt;.</source>
        <translation>
            <numerusform>&lt;a href=&apos;#unconfirmed&apos;&gt;{n} unconfirmed figure&lt;/a&gt;.</numerusform>
            <numerusform>&lt;a href=&apos;#unconfirmed&apos;&gt;{n} unconfirmed figures&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Các con số chưa xác nhận của bộ tiêu chí</source>
        <translation>Unconfirmed figures of the rule set</translation>
    </message>
    <message>
        <source>Khi đã đối chiếu văn bản gốc, sửa các con số này trong Quản trị → Thiết lập.</source>
        <translation>Once checked against the original texts, change these figures in Administration → Settings.</translation>
    </message>
    <message>
        <source>Xét theo: {rules}</source>
        <translation>Judged by: {rules}</translation>
    </message>
    <message>
        <source>Dựa trên con số chưa xác nhận: {figure}</source>
        <translation>Rests on an unconfirmed figure: {figure}</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message numerus="yes">
        <source>{n} danh hiệu</source>
        <translation>
            <numerusform>{n} title</numerusform>
            <numerusform>{n} titles</numerusform>
        </translation>
    </message>
    <message>
        <source>, {k} chưa đủ thông tin</source>
        <translation>, {k} lacking information</translation>
    </message>
    <message>
        <source>Tất cả danh hiệu</source>
        <translation>All titles</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí cho năm này.</source>
        <translation>No criteria set for this year yet.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí áp dụng: &lt;b&gt;{name}&lt;/b&gt; (hiệu lực từ {date}).</source>
        <translation>Criteria set applied: &lt;b&gt;{name}&lt;/b&gt; (in force from {date}).</translation>
    </message>
    <message>
        <source>Căn cứ: {basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} đối tượng; {eligible} có danh hiệu đủ điều kiện.</source>
        <translation>
            <numerusform>{shown} nominee; with an eligible title: {eligible}.</numerusform>
            <numerusform>{shown} nominees; with an eligible title: {eligible}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chọn một đối tượng để xem giải thích từng tiêu chí.</source>
        <translation>Select a nominee to see the explanation for each criterion.</translation>
    </message>
    <message numerus="yes">
        <source>Đã chọn {n} đối tượng.</source>
        <translation>
            <numerusform>{n} nominee selected.</numerusform>
            <numerusform>{n} nominees selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cảnh báo:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>(cảnh báo, không bắt buộc)</source>
        <translation>(warning, not mandatory)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Quản trị hệ thống</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>Cán bộ văn phòng</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <source>Cán bộ báo cáo của đơn vị</source>
        <translation>Unit reporter</translation>
    </message>
    <message>
        <source>Thư ký Hội đồng</source>
        <translation>Council secretary</translation>
    </message>
    <message>
        <source>Lãnh đạo</source>
        <translation>Leadership</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Thêm quy tắc kiểm tra</source>
        <translation>Add a check</translation>
    </message>
    <message>
        <source>Chỉ tiêu:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>phải:</source>
        <translation>must be:</translation>
    </message>
    <message>
        <source>so với chỉ tiêu:</source>
        <translation>compared with indicator:</translation>
    </message>
    <message>
        <source>Thông báo khi sai:</source>
        <translation>Message when broken:</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Kiểm tra nhanh cơ sở dữ liệu «{location}» phát hiện lỗi: {problem}.</source>
        <translation>The quick check of the database «{location}» found a problem: {problem}.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu tự động nào. Hãy đóng TNApp, chép tệp dữ liệu sang nơi an toàn và khôi phục từ bản sao lưu trên ổ USB (Quản trị → Sao lưu).</source>
        <translation>There is no automatic backup yet. Close TNApp, copy the data file somewhere safe and restore a backup from a USB stick (Administration → Backups).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị lỗi</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu tự động gần nhất ({time})? Tệp hiện tại được chép vào thư mục sao lưu trước khi thay.</source>
        <translation>Restore the latest automatic backup ({time})? The current file is copied to the backups folder before it is replaced.</translation>
    </message>
    <message>
        <source>Đã khôi phục từ {file}. Tệp bị lỗi được giữ ở {copy}.</source>
        <translation>Restored from {file}. The damaged file is kept in {copy}.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Trình tỉnh</source>
        <translation>Send to province</translation>
    </message>
    <message>
        <source>Tờ trình của UBND xã gửi {to} {province}, qua {via}, kèm danh sách, báo cáo thành tích, trích biên bản họp Hội đồng và giấy công nhận sáng kiến.</source>
        <translation>The commune committee&apos;s submission to the {to} {province}, through {via}, with the list, achievement reports, the council minutes extract and the initiative recognitions.</translation>
    </message>
    <message>
        <source>Tờ trình dựa trên các điểm chưa xác nhận (xem Quản trị → Thiết lập):</source>
        <translation>The submission rests on unconfirmed points (see Administration → Settings):</translation>
    </message>
    <message>
        <source>Ngày Tờ trình:</source>
        <translation>Submission date:</translation>
    </message>
</context>
<context>
    <name>SettingDialog</name>
    <message>
        <source>Sửa thiết lập «{key}» từ {date}</source>
        <translation>Edit the setting “{key}” from {date}</translation>
    </message>
    <message>
        <source>Giá trị mới của «{key}»</source>
        <translation>New value of “{key}”</translation>
    </message>
    <message>
        <source>Thiết lập:</source>
        <translation>Setting:</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Hiệu lực từ ngày:</source>
        <translation>In force from:</translation>
    </message>
    <message>
        <source>Căn cứ:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Chưa xác nhận (chưa đối chiếu văn bản gốc)</source>
        <translation>Unconfirmed (not yet checked against the official text)</translation>
    </message>
    <message>
        <source>Diễn giải:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Sửa dòng chỉ để chữa lỗi nhập; khi quy định thay đổi, hãy thêm giá trị mới từ ngày áp dụng để các quyết định trước ngày đó giữ nguyên.</source>
        <translation>Edit a row only to correct a typing error; when the rule changes, add a new value from the day it applies so that decisions before that day stay as they were.</translation>
    </message>
    <message>
        <source>Các ngày trước ngày hiệu lực vẫn dùng giá trị cũ. Tỷ lệ ghi dạng số thập phân: 0,75 là 75 %.</source>
        <translation>Days before the effective date keep the old value. Shares are decimals: 0,75 means 75 %.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày bắt đầu hiệu lực (ngày/tháng/năm).</source>
        <translation>Enter the date it takes effect (day/month/year).</translation>
    </message>
</context>
<context>
    <name>SettingMeaning</name>
    <message>
        <source>Mức lương cơ sở mỗi tháng; tiền thưởng tính bằng hệ số nhân với mức này.</source>
        <translation>The monthly base salary; prize money is a multiplier times this amount.</translation>
    </message>
    <message>
        <source>Tiền thưởng kèm danh hiệu, hình thức khen thưởng này bằng hệ số × lương cơ sở.</source>
        <translation>The prize money with this title or form of commendation is the multiplier × the base salary.</translation>
    </message>
    <message>
        <source>Tiền thưởng được làm tròn lên đến bội số của số tiền này.</source>
        <translation>Prize money is rounded up to a multiple of this amount.</translation>
    </message>
    <message>
        <source>Tập thể Lao động tiên tiến cần ít nhất tỷ lệ này cá nhân đạt Lao động tiên tiến.</source>
        <translation>An Advanced Labour Collective needs at least this share of its members to be Advanced Workers.</translation>
    </message>
    <message>
        <source>Cá nhân làm việc ít hơn số tháng này trong năm thì chưa xét Lao động tiên tiến.</source>
        <translation>A person who worked fewer months than this in the year is not considered for Advanced Worker.</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý cần có, tính trên tổng số thành viên Hội đồng hoặc số có mặt.</source>
        <translation>The votes in favour needed, counted on all council members or on those present.</translation>
    </message>
    <message>
        <source>Danh hiệu xét theo số năm liên tục chỉ đạt khi chuỗi năm kéo dài đến chính năm đang xét.</source>
        <translation>A title judged on consecutive years is met only when the run of years reaches the year being judged.</translation>
    </message>
    <message>
        <source>Một chuỗi năm đã dùng để được khen thưởng có được tính lại cho lần khen sau hay không.</source>
        <translation>Whether a run of years already used for an award may count again for a later one.</translation>
    </message>
    <message>
        <source>Người có thẩm quyền khen thưởng cấp tỉnh và cơ quan tham mưu nhận Tờ trình của xã.</source>
        <translation>Who awards at province level, and the advisory office that receives the commune&apos;s submission.</translation>
    </message>
    <message>
        <source>Phiên họp chỉ hợp lệ khi có mặt ít nhất tỷ lệ này thành viên Hội đồng.</source>
        <translation>A meeting is valid only when at least this share of the council&apos;s members is present.</translation>
    </message>
    <message>
        <source>Hội đồng được bỏ phiếu lại cho người chưa đủ số phiếu ở vòng đầu.</source>
        <translation>The council may vote again on nominees who lacked votes in the first round.</translation>
    </message>
    <message>
        <source>Dịch chữ in trên phôi giấy khen in sẵn cho khớp máy in (milimét).</source>
        <translation>Shifts the text printed on pre-printed certificate forms to fit the printer (millimetres).</translation>
    </message>
    <message>
        <source>Số ngày sau khi hết kỳ mà đơn vị phải gửi báo cáo; quá ngày này là quá hạn.</source>
        <translation>Days after a period ends by which units must send their report; later is overdue.</translation>
    </message>
    <message>
        <source>Ngày hằng năm phải nộp hồ sơ đề nghị khen thưởng lên cấp trên.</source>
        <translation>The day each year by which award proposals go to the higher level.</translation>
    </message>
    <message>
        <source>Ngày hằng năm các đơn vị, cá nhân phải đăng ký thi đua.</source>
        <translation>The day each year by which units and people register for emulation.</translation>
    </message>
    <message>
        <source>Đăng nhập sai liên tiếp số lần này thì tài khoản bị khóa tạm thời.</source>
        <translation>After this many failed sign-ins in a row the account is locked for a while.</translation>
    </message>
    <message>
        <source>Tài khoản bị khóa bao lâu sau khi đăng nhập sai nhiều lần.</source>
        <translation>How long an account stays locked after repeated failed sign-ins.</translation>
    </message>
    <message>
        <source>Các bản sao lưu tự động cũ hơn số bản này được xóa bớt.</source>
        <translation>Automatic backups beyond this number are removed, oldest first.</translation>
    </message>
    <message>
        <source>Trong số ngày gần nhất này, mỗi ngày giữ thêm một bản sao lưu.</source>
        <translation>Over this many recent days, one extra backup per day is kept.</translation>
    </message>
    <message>
        <source>Số ngày để giải quyết khiếu nại lần đầu; quá hạn thì hiện trên bảng theo dõi.</source>
        <translation>Days to settle a first complaint; overdue ones show on the dashboard.</translation>
    </message>
    <message>
        <source>Điểm thấp nhất để được xếp từng mức hoàn thành nhiệm vụ.</source>
        <translation>The lowest score for each rating level.</translation>
    </message>
    <message>
        <source>Số người hoàn thành xuất sắc nhiệm vụ của một đơn vị không quá tỷ lệ này.</source>
        <translation>A unit&apos;s people rated excellent may not exceed this share.</translation>
    </message>
    <message>
        <source>Tiến độ từ mức thứ nhất là đúng tiến độ, từ mức thứ hai là có nguy cơ, thấp hơn là chậm.</source>
        <translation>Progress from the first level is on track, from the second at risk, below that behind.</translation>
    </message>
    <message>
        <source>Số liệu cách trung vị các kỳ trước của đơn vị quá hệ số này × độ lệch (tính theo trung vị độ lệch tuyệt đối) thì được đánh dấu bất thường để kiểm tra; chỉ cảnh báo, không chặn.</source>
        <translation>A value further from the median of the unit&apos;s earlier periods than this factor × the spread (from the median absolute deviation) is flagged as unusual for checking; a warning only, never a block.</translation>
    </message>
    <message>
        <source>Đơn vị có ít hơn số kỳ báo cáo trước này của một chỉ tiêu thì chưa xét số liệu bất thường cho chỉ tiêu đó.</source>
        <translation>A unit with fewer earlier reported periods of an indicator than this is not checked for unusual values of it.</translation>
    </message>
</context>
<context>
    <name>SettingName</name>
    <message>
        <source>Lương cơ sở</source>
        <translation>Base salary</translation>
    </message>
    <message>
        <source>Hệ số tiền thưởng – {subject}</source>
        <translation>Prize multiplier – {subject}</translation>
    </message>
    <message>
        <source>Làm tròn tiền thưởng</source>
        <translation>Prize rounding</translation>
    </message>
    <message>
        <source>Tỷ lệ cá nhân LĐTT của tập thể LĐTT</source>
        <translation>Share of Advanced Workers in an Advanced Collective</translation>
    </message>
    <message>
        <source>Số tháng công tác tối thiểu để xét LĐTT</source>
        <translation>Minimum months worked for Advanced Worker</translation>
    </message>
    <message>
        <source>Tỷ lệ phiếu để đề nghị – {subject}</source>
        <translation>Votes needed to propose – {subject}</translation>
    </message>
    <message>
        <source>Chuỗi năm liên tục phải gồm năm xét</source>
        <translation>Consecutive years must include the judged year</translation>
    </message>
    <message>
        <source>Cho dùng lại chuỗi năm đã được khen</source>
        <translation>Allow reusing a run of years already awarded</translation>
    </message>
    <message>
        <source>Nơi nhận hồ sơ đề nghị khen thưởng cấp tỉnh</source>
        <translation>Recipient of province-level award dossiers</translation>
    </message>
    <message>
        <source>Số thành viên Hội đồng cần có mặt</source>
        <translation>Council members needed present</translation>
    </message>
    <message>
        <source>Cho bỏ phiếu vòng 2</source>
        <translation>Second voting round allowed</translation>
    </message>
    <message>
        <source>Dịch chữ khi in giấy khen</source>
        <translation>Certificate print offset</translation>
    </message>
    <message>
        <source>Hạn gửi báo cáo – {subject}</source>
        <translation>Report deadline – {subject}</translation>
    </message>
    <message>
        <source>Hạn nộp hồ sơ khen thưởng cuối năm</source>
        <translation>Year-end award dossier deadline</translation>
    </message>
    <message>
        <source>Hạn đăng ký thi đua</source>
        <translation>Emulation registration deadline</translation>
    </message>
    <message>
        <source>Số lần đăng nhập sai thì khóa</source>
        <translation>Failed sign-ins before locking</translation>
    </message>
    <message>
        <source>Thời gian khóa tài khoản</source>
        <translation>Account lock time</translation>
    </message>
    <message>
        <source>Số bản sao lưu gần nhất được giữ</source>
        <translation>Recent backups kept</translation>
    </message>
    <message>
        <source>Giữ một bản sao lưu mỗi ngày</source>
        <translation>One backup kept per day</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết khiếu nại</source>
        <translation>Complaint settlement period</translation>
    </message>
    <message>
        <source>Điểm của các mức xếp loại</source>
        <translation>Scores of the rating levels</translation>
    </message>
    <message>
        <source>Tỷ lệ tối đa hoàn thành xuất sắc</source>
        <translation>Maximum share rated excellent</translation>
    </message>
    <message>
        <source>Ngưỡng đánh giá tiến độ chỉ tiêu</source>
        <translation>Indicator progress thresholds</translation>
    </message>
    <message>
        <source>Hệ số phát hiện số liệu bất thường</source>
        <translation>Unusual-value detection factor</translation>
    </message>
    <message>
        <source>Số kỳ trước tối thiểu để xét bất thường</source>
        <translation>Earlier periods needed to detect unusual values</translation>
    </message>
</context>
<context>
    <name>SettingPart</name>
    <message>
        <source>tỷ lệ</source>
        <translation>share</translation>
    </message>
    <message>
        <source>cơ sở tính</source>
        <translation>base</translation>
    </message>
    <message>
        <source>vượt hẳn tỷ lệ (&gt;)</source>
        <translation>strictly above the share (&gt;)</translation>
    </message>
    <message>
        <source>tính cả phiếu gửi bằng văn bản</source>
        <translation>count written opinions</translation>
    </message>
    <message>
        <source>dịch ngang x (mm)</source>
        <translation>horizontal shift x (mm)</translation>
    </message>
    <message>
        <source>dịch dọc y (mm)</source>
        <translation>vertical shift y (mm)</translation>
    </message>
    <message>
        <source>mức đúng tiến độ</source>
        <translation>on-track level</translation>
    </message>
    <message>
        <source>mức có nguy cơ</source>
        <translation>at-risk level</translation>
    </message>
    <message>
        <source>tổng số thành viên</source>
        <translation>all members</translation>
    </message>
    <message>
        <source>số thành viên có mặt</source>
        <translation>members present</translation>
    </message>
</context>
<context>
    <name>SettingValue</name>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{level} từ {points} điểm</source>
        <translation>{level} from {points} points</translation>
    </message>
    <message>
        <source>từ đầu</source>
        <translation>from the beginning</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Căn cứ: {basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
    <message>
        <source>(chưa ghi)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Chưa xác nhận: cần đối chiếu văn bản gốc trước khi dùng.</source>
        <translation>Unconfirmed: check against the official text before use.</translation>
    </message>
    <message>
        <source>Ghi chú: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Mã thiết lập: {key}</source>
        <translation>Setting key: {key}</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Thiết lập</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Ý nghĩa</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Hiệu lực từ</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>chưa xác nhận</source>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <source>Tìm theo tên thiết lập, ý nghĩa, căn cứ</source>
        <translation>Search by setting name, meaning, basis</translation>
    </message>
    <message>
        <source>Thêm giá trị mới…</source>
        <translation>Add a new value…</translation>
    </message>
    <message>
        <source>Giá trị mới từ một ngày; các ngày trước giữ giá trị cũ</source>
        <translation>A new value from a date; earlier days keep the old value</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Chữa dòng đang chọn (lỗi nhập, căn cứ đã đối chiếu)</source>
        <translation>Correct the selected row (typing error, basis checked)</translation>
    </message>
    <message>
        <source>Hãy chọn một thiết lập trong danh sách.</source>
        <translation>Select a setting in the list.</translation>
    </message>
</context>
<context>
    <name>SignedDecisionDialog</name>
    <message>
        <source>Ghi quyết định đã ký</source>
        <translation>Record signed decision</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Số thứ tự trong sổ văn bản; ký hiệu: {symbol}</source>
        <translation>Sequence number in the document register; symbol: {symbol}</translation>
    </message>
    <message>
        <source>Số đã giữ: {number} (để nguyên nếu quyết định ký đúng số này)</source>
        <translation>Reserved number: {number} (leave as is if the decision was signed with this number)</translation>
    </message>
    <message>
        <source>Ngày ký:</source>
        <translation>Signing date:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s position:</translation>
    </message>
    <message numerus="yes">
        <source>Khi lưu, {n} người, tập thể được ghi vào lịch sử khen thưởng.</source>
        <translation>
            <numerusform>On saving, {n} individual or collective is added to the award history.</numerusform>
            <numerusform>On saving, {n} individuals and collectives are added to the award history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trước khi ký, hãy đối chiếu (chưa xác nhận):</source>
        <translation>Before signing, check (not confirmed):</translation>
    </message>
    <message>
        <source>Số quyết định phải là số thứ tự (ví dụ 12).</source>
        <translation>The decision number must be a sequence number (e.g. 12).</translation>
    </message>
    <message>
        <source>Hãy nhập ngày ký quyết định.</source>
        <translation>Enter the decision signing date.</translation>
    </message>
</context>
<context>
    <name>StaffCategory</name>
    <message>
        <source>Cán bộ</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Công chức</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <source>Viên chức</source>
        <translation>Public employee</translation>
    </message>
    <message>
        <source>Người lao động</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Nhân dân</source>
        <translation>Citizen</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Năm, phong trào và danh hiệu</source>
        <translation>Year, movement and title</translation>
    </message>
    <message>
        <source>Đối tượng đề nghị</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Điều kiện khen thưởng</source>
        <translation>Award conditions</translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <source>Hồ sơ đề nghị</source>
        <translation>Proposal dossier</translation>
    </message>
    <message>
        <source>Đã trình Hội đồng</source>
        <translation>Submitted to Council</translation>
    </message>
</context>
<context>
    <name>TallyForm</name>
    <message>
        <source>Kiểm phiếu</source>
        <translation>Ballot count</translation>
    </message>
    <message>
        <source>Phiếu đồng ý:</source>
        <translation>Votes in favour:</translation>
    </message>
    <message>
        <source>Phiếu không đồng ý:</source>
        <translation>Votes against:</translation>
    </message>
    <message>
        <source>Phiếu không hợp lệ:</source>
        <translation>Invalid ballots:</translation>
    </message>
    <message>
        <source>Ý kiến bằng văn bản – đồng ý:</source>
        <translation>Written opinions – agree:</translation>
    </message>
    <message>
        <source>Ý kiến bằng văn bản – không đồng ý:</source>
        <translation>Written opinions – disagree:</translation>
    </message>
    <message>
        <source>Ghi kết quả</source>
        <translation>Record result</translation>
    </message>
    <message>
        <source>Bỏ phiếu vòng 2</source>
        <translation>Second round of voting</translation>
    </message>
    <message>
        <source>Hủy kết quả vừa ghi…</source>
        <translation>Cancel the last result…</translation>
    </message>
    <message>
        <source>Kết quả vòng cuối nhập nhầm: hủy (ghi lý do) rồi nhập lại.</source>
        <translation>Last round entered wrongly: cancel it (with a reason), then enter it again.</translation>
    </message>
    <message>
        <source>Kiểm phiếu – vòng {n}</source>
        <translation>Ballot count – round {n}</translation>
    </message>
    <message>
        <source>Ngưỡng: {text}</source>
        <translation>Threshold: {text}</translation>
    </message>
    <message>
        <source>(tỷ lệ chưa xác nhận)</source>
        <translation>(ratio not confirmed)</translation>
    </message>
    <message>
        <source>Phiên họp chưa bắt đầu: điểm danh, rồi bấm «Bắt đầu phiên họp» để ghi kết quả.</source>
        <translation>The meeting has not started: take attendance, then click “Start meeting” to record results.</translation>
    </message>
    <message>
        <source>Phiên họp đã kết thúc; kết quả không sửa được.</source>
        <translation>The meeting has ended; results can no longer be edited.</translation>
    </message>
    <message>
        <source>Vòng {n}: {result}. {explanation}</source>
        <translation>Round {n}: {result}. {explanation}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Dòng thời gian khen thưởng</source>
        <translation>Award timeline</translation>
    </message>
    <message>
        <source>Chọn một dòng để xem toàn bộ khen thưởng của người hoặc tập thể đó.</source>
        <translation>Select a row to see every award of that person or collective.</translation>
    </message>
    <message>
        <source>Dòng thời gian khen thưởng – {name}</source>
        <translation>Award timeline – {name}</translation>
    </message>
    <message numerus="yes">
        <source>{n} lượt khen thưởng trong {y} năm.</source>
        <translation>
            <numerusform>Awards: {n}, over {y} year.</numerusform>
            <numerusform>Awards: {n}, over {y} years.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đơn vị công tác: {units}</source>
        <translation>Unit of work: {units}</translation>
    </message>
</context>
<context>
    <name>Transition</name>
    <message>
        <source>Gửi báo cáo</source>
        <translation>Submit the report</translation>
    </message>
    <message>
        <source>Duyệt báo cáo</source>
        <translation>Accept the report</translation>
    </message>
    <message>
        <source>Trả lại báo cáo</source>
        <translation>Return the report</translation>
    </message>
    <message>
        <source>Mở lại báo cáo đã duyệt</source>
        <translation>Reopen an accepted report</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Thực hiện</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Dự báo</source>
        <translation>Forecast</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Sửa đơn vị «{name}»</source>
        <translation>Edit unit «{name}»</translation>
    </message>
    <message>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Tên ngắn:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>Ký hiệu viết tắt:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <source>trong số văn bản của đơn vị, ví dụ TrTHCS trong «…/TTr-TrTHCS»</source>
        <translation>in the unit&apos;s document numbers, e.g. TrTHCS in «…/TTr-TrTHCS»</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Đơn vị cấp trên:</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Thứ tự sắp xếp:</source>
        <translation>Sort order:</translation>
    </message>
    <message>
        <source>Hoạt động từ ngày:</source>
        <translation>Active from:</translation>
    </message>
    <message>
        <source>Ngừng hoạt động từ ngày:</source>
        <translation>Inactive from:</translation>
    </message>
    <message>
        <source>Người đứng đầu:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Tổ chức Đảng</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <source>Hội đồng nhân dân</source>
        <translation>People&apos;s Council</translation>
    </message>
    <message>
        <source>Cơ quan chính quyền</source>
        <translation>Government agency</translation>
    </message>
    <message>
        <source>Mặt trận Tổ quốc và đoàn thể</source>
        <translation>Fatherland Front and mass organisations</translation>
    </message>
    <message>
        <source>Công an</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Quân sự</source>
        <translation>Military</translation>
    </message>
    <message>
        <source>Trường học</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Trạm y tế</source>
        <translation>Health station</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Doanh nghiệp, hợp tác xã</source>
        <translation>Enterprise, cooperative</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Đơn vị cấp trên</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Người đứng đầu</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Tìm theo mã, tên, loại, người đứng đầu (gõ có dấu hoặc không dấu)</source>
        <translation>Search by code, name, kind, head (with or without Vietnamese accents)</translation>
    </message>
    <message>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>{n} đơn vị</source>
        <translation>
            <numerusform>{n} unit</numerusform>
            <numerusform>{n} units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} / {total} đơn vị khớp tìm kiếm</source>
        <translation>
            <numerusform>Matching the search: {shown} of {total} unit</numerusform>
            <numerusform>Matching the search: {shown} of {total} units</numerusform>
        </translation>
    </message>
    <message>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Xóa đơn vị «{name}» (mã {code})? Việc xóa không hoàn tác được.</source>
        <translation>Delete the unit «{name}» (code {code})? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Đăng nhập lần cuối</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Khóa / mở lại tài khoản</source>
        <translation>Deactivate / reactivate</translation>
    </message>
    <message>
        <source>Mỗi người dùng một tài khoản riêng; vai trò quyết định được làm gì. Tài khoản bị khóa không đăng nhập được nhưng lịch sử vẫn giữ.</source>
        <translation>One account per person; the role decides what they may do. A deactivated account cannot sign in, but its history is kept.</translation>
    </message>
    <message>
        <source>đã khóa</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>tạm khóa (nhập sai mật khẩu)</source>
        <translation>locked for a while (wrong passwords)</translation>
    </message>
    <message>
        <source>chờ đổi mật khẩu</source>
        <translation>must change password</translation>
    </message>
    <message>
        <source>đang hoạt động</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Hãy chọn một tài khoản trong danh sách.</source>
        <translation>Choose an account in the list.</translation>
    </message>
    <message>
        <source>Khóa tài khoản «{user}»? Người này sẽ không đăng nhập được nữa.</source>
        <translation>Deactivate the account «{user}»? This person will no longer be able to sign in.</translation>
    </message>
    <message>
        <source>Mở lại tài khoản «{user}»?</source>
        <translation>Reactivate the account «{user}»?</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>ValueKind</name>
    <message>
        <source>đồng</source>
        <translation>VND</translation>
    </message>
    <message>
        <source>× lương cơ sở</source>
        <translation>× base salary</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>days</translation>
    </message>
    <message>
        <source>tháng</source>
        <translation>months</translation>
    </message>
    <message>
        <source>phút</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>lần</source>
        <translation>times</translation>
    </message>
    <message>
        <source>bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>hằng năm</source>
        <translation>every year</translation>
    </message>
    <message>
        <source>có/không</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>nhiều phần</source>
        <translation>several parts</translation>
    </message>
    <message>
        <source>điểm</source>
        <translation>points</translation>
    </message>
    <message>
        <source>× độ lệch chuẩn</source>
        <translation>× standard deviation</translation>
    </message>
    <message>
        <source>kỳ</source>
        <translation>periods</translation>
    </message>
</context>
<context>
    <name>ValueType</name>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tỷ lệ %</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Số đếm</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Có/Không</source>
        <translation>Yes/No</translation>
    </message>
</context>
<context>
    <name>VerdictKind</name>
    <message>
        <source>Đủ điều kiện</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Không đủ điều kiện</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Chưa đủ thông tin để kết luận</source>
        <translation>Not enough information to decide</translation>
    </message>
</context>
<context>
    <name>WayBack</name>
    <message>
        <source>☰ Bảng điều khiển (P)</source>
        <translation>☰ Controls (P)</translation>
    </message>
    <message>
        <source>✕ Thoát (Esc)</source>
        <translation>✕ Leave (Esc)</translation>
    </message>
</context>
<context>
    <name>YearTitlePage</name>
    <message>
        <source>Chọn năm thi đua, phong trào và danh hiệu hoặc hình thức khen thưởng.</source>
        <translation>Choose the emulation year, movement, and title or form of commendation.</translation>
    </message>
    <message>
        <source>(chưa chọn đơn vị đề nghị)</source>
        <translation>(no proposing unit chosen)</translation>
    </message>
    <message>
        <source>Năm thi đua:</source>
        <translation>Emulation year:</translation>
    </message>
    <message>
        <source>Phong trào:</source>
        <translation>Movement:</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức:</source>
        <translation>Title or form:</translation>
    </message>
    <message>
        <source>Đơn vị đề nghị:</source>
        <translation>Proposing unit:</translation>
    </message>
    <message>
        <source>Ngày dự kiến quyết định:</source>
        <translation>Expected decision date:</translation>
    </message>
    <message>
        <source>Tiền thưởng tính theo hệ số và mức lương cơ sở có hiệu lực vào ngày này.</source>
        <translation>The reward is calculated from the coefficient and the base salary in force on this date.</translation>
    </message>
    <message>
        <source>(không gắn phong trào)</source>
        <translation>(no movement)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>không có quyền ghi vào thư mục này, hoặc tệp đang mở trong chương trình khác</source>
        <translation>no permission to write in this folder, or the file is open in another program</translation>
    </message>
    <message>
        <source>không có quyền ghi vào thư mục này</source>
        <translation>no permission to write in this folder</translation>
    </message>
    <message>
        <source>ổ đĩa hoặc thư mục chỉ đọc</source>
        <translation>the drive or folder is read-only</translation>
    </message>
    <message>
        <source>ổ đĩa đã đầy</source>
        <translation>the drive is full</translation>
    </message>
    <message>
        <source>đó là một thư mục</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>thư mục không tồn tại</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>Không hỗ trợ định dạng «{suffix}»: hãy đặt tên tệp kết thúc bằng .pdf, .docx hoặc .xlsx.</source>
        <translation>The format «{suffix}» is not supported: name the file with .pdf, .docx or .xlsx at the end.</translation>
    </message>
    <message>
        <source>Không ghi được tệp «{target}»: thư mục «{parent}» không tồn tại hoặc không phải là thư mục. Hãy chọn một thư mục có sẵn.</source>
        <translation>Could not write the file «{target}»: the folder «{parent}» does not exist or is not a folder. Choose an existing folder.</translation>
    </message>
    <message>
        <source>Không ghi được tệp «{target}»: đó là một thư mục. Hãy đặt tên tệp.</source>
        <translation>Could not write the file «{target}»: it is a folder. Give the file a name.</translation>
    </message>
    <message>
        <source>Không ghi được tệp «{target}»: {reason}.</source>
        <translation>Could not write the file «{target}»: {reason}.</translation>
    </message>
    <message>
        <source>(không có đuôi)</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <source>Không tạo được thư mục «{folder}»: {reason}.</source>
        <translation>Could not create the folder «{folder}»: {reason}.</translation>
    </message>
    <message>
        <source>tổng số thành viên Hội đồng</source>
        <translation>all council members</translation>
    </message>
    <message>
        <source>số thành viên có mặt</source>
        <translation>members present</translation>
    </message>
    <message>
        <source>{what}: danh hiệu, hình thức khen thưởng {label} vượt thẩm quyền của Chủ tịch UBND xã ({CHAIRMAN_AUTHORITY_BASIS}); không đưa vào quyết định của xã mà lập Tờ trình đề nghị cấp trên.</source>
        <translation>{what}: a title or form of award {label} is beyond the authority of the Commune People&apos;s Committee chairman ({CHAIRMAN_AUTHORITY_BASIS}); it does not go into the commune&apos;s decision: draw up a submission to the higher level instead.</translation>
    </message>
    <message>
        <source>{votes}{written}/{base_count} {base} đồng ý; cần {text} = ít nhất {needed}: {value}.</source>
        <translation>{votes}{written}/{base_count} {base} in favour; needs {text} = at least {needed}: {value}.</translation>
    </message>
    <message>
        <source>Có mặt {present}/{members_total} thành viên, cần ít nhất {required} ({share} tổng số): {state} số lượng để họp.</source>
        <translation>{present}/{members_total} members present, at least {required} needed ({share} of all): {state}.</translation>
    </message>
    <message>
        <source>{sign} {share} {base}</source>
        <translation>{sign} {share} of {base}</translation>
    </message>
    <message numerus="yes">
        <source> (gồm {n} ý kiến bằng văn bản)</source>
        <translation>
            <numerusform> (including {n} written opinion)</numerusform>
            <numerusform> (including {n} written opinions)</numerusform>
        </translation>
    </message>
    <message>
        <source>đã được thông qua ở vòng {count}; không bỏ phiếu lại.</source>
        <translation>already approved in round {count}; no new vote.</translation>
    </message>
    <message>
        <source>Kết quả bỏ phiếu đã được ghi; quy chế (thiết lập «council.second_round_allowed») không cho bỏ phiếu vòng 2.</source>
        <translation>The vote&apos;s result is already recorded; the rules (setting «council.second_round_allowed») do not allow a second round.</translation>
    </message>
    <message>
        <source>Đã bỏ phiếu {MAX_ROUNDS} vòng; không có vòng {count}.</source>
        <translation>{MAX_ROUNDS} rounds already voted; there is no round {count}.</translation>
    </message>
    <message>
        <source>Tỷ lệ {value} không hợp lệ: phải lớn hơn 0 và không quá 1.</source>
        <translation>The share {value} is not valid: it must be greater than 0 and at most 1.</translation>
    </message>
    <message>
        <source>đủ</source>
        <translation>quorum reached</translation>
    </message>
    <message>
        <source>không đủ</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý</source>
        <translation>Votes in favour</translation>
    </message>
    <message>
        <source>Số phiếu không đồng ý</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Số phiếu không hợp lệ</source>
        <translation>Invalid votes</translation>
    </message>
    <message>
        <source>Số ý kiến đồng ý bằng văn bản</source>
        <translation>Written opinions in favour</translation>
    </message>
    <message>
        <source>Số ý kiến không đồng ý bằng văn bản</source>
        <translation>Written opinions against</translation>
    </message>
    <message>
        <source>quá nửa {base}</source>
        <translation>more than half of {base}</translation>
    </message>
    <message>
        <source>Số thành viên có mặt ({present}) nhiều hơn tổng số thành viên ({members_total}).</source>
        <translation>The members present ({present}) are more than all members ({members_total}).</translation>
    </message>
    <message>
        <source>Tổng số phiếu ({agree} đồng ý + {disagree} không đồng ý + {invalid} không hợp lệ = {ballots}) nhiều hơn số thành viên có mặt ({present}).</source>
        <translation>The votes ({agree} in favour + {disagree} against + {invalid} invalid = {ballots}) are more than the members present ({present}).</translation>
    </message>
    <message>
        <source>Chưa có phiếu bầu nào (đồng ý, không đồng ý, không hợp lệ đều bằng 0); ý kiến bằng văn bản không thay cho phiếu của thành viên có mặt.</source>
        <translation>No votes yet (in favour, against and invalid are all 0); written opinions do not replace the votes of the members present.</translation>
    </message>
    <message>
        <source>Có {written} ý kiến bằng văn bản nhưng chỉ {absent_with_opinion} thành viên vắng mặt có ý kiến bằng văn bản.</source>
        <translation>Written opinions: {written}, but absent members with a written opinion: only {absent_with_opinion}.</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>không đạt</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>{label} không được âm.</source>
        <translation>{label} may not be negative.</translation>
    </message>
    <message>
        <source>{absent_with_opinion} thành viên vắng mặt đã gửi ý kiến bằng văn bản nhưng mới ghi {written}; hãy ghi ý kiến đồng ý hoặc không đồng ý của từng người.</source>
        <translation>Absent members who sent a written opinion: {absent_with_opinion}; recorded so far: {written}. Record each one&apos;s opinion in favour or against.</translation>
    </message>
    <message>
        <source>Thiết lập «{setting_key}»: cơ sở tính «{value}» không hợp lệ (all_members hoặc present).</source>
        <translation>Setting «{setting_key}»: the base «{value}» is not valid (all_members or present).</translation>
    </message>
    <message>
        <source>bị kỷ luật «{form}» (quyết định ngày {decision_date:%d/%m/%Y})</source>
        <translation>disciplined «{form}» (decision of {decision_date:%d/%m/%Y})</translation>
    </message>
    <message>
        <source>{met}/{total} ({met2}) {what}; cần từ {share}</source>
        <translation>{met}/{total} ({met2}) {what}; needs at least {share}</translation>
    </message>
    <message numerus="yes">
        <source>{n} thành viên đạt {rules} (cần {need})</source>
        <translation>
            <numerusform>{n} member reached {rules} (needs {need})</numerusform>
            <numerusform>{n} members reached {rules} (needs {need})</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}: {value_text} (căn cứ: {basis})</source>
        <translation>{text}: {value_text} (basis: {basis})</translation>
    </message>
    <message>
        <source>{count} năm liên tục ({years}–{years2}) đạt «{minimum}».</source>
        <translation>{count} consecutive years ({years}–{years2}) rated «{minimum}».</translation>
    </message>
    <message>
        <source>Năm {year} {value} có {rules} trong lịch sử khen thưởng.</source>
        <translation>Year {year}: {rules} {value} in the award history.</translation>
    </message>
    <message>
        <source>Chưa có chuỗi {name} liên tục, cần {need} năm{tail}.</source>
        <translation>No consecutive run of {name}; needs {need} years{tail}.</translation>
    </message>
    <message>
        <source>Có {count}/{need} sáng kiến, đề tài được công nhận phù hợp.</source>
        <translation>{count}/{need} recognised initiatives or research topics that fit.</translation>
    </message>
    <message>
        <source>Không có vụ việc nào đang xử lý ngày {on:%d/%m/%Y}.</source>
        <translation>No matter pending on {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Không bị kỷ luật từ «{form}» trở lên trong năm {year}.</source>
        <translation>Not disciplined «{form}» or above in {year}.</translation>
    </message>
    <message>
        <source>Không thành viên nào bị kỷ luật từ «{form}» trở lên.</source>
        <translation>No member disciplined «{form}» or above.</translation>
    </message>
    <message>
        <source> (nghỉ thai sản {maternity_months:g} tháng vẫn được tính)</source>
        <translation> ({maternity_months:g} months of maternity leave still count)</translation>
    </message>
    <message>
        <source>Thời gian công tác tính bình xét {worked:g} tháng (cần từ {need:g}){note}.</source>
        <translation>Working time counted for the review, in months: {worked:g} (needs {need:g}){note}.</translation>
    </message>
    <message>
        <source>Chưa có xác nhận của thôn, đơn vị về năm {year}.</source>
        <translation>No confirmation from the village or unit for {year} yet.</translation>
    </message>
    <message>
        <source>Năm {year} {value} thành tích, điển hình được biểu dương.</source>
        <translation>Year {year}: achievements or exemplary deeds praised: {value}.</translation>
    </message>
    <message>
        <source>Chưa ghi nhận kết quả bình xét {rules} năm {year} của thôn.</source>
        <translation>The village&apos;s review result for {rules} in {year} not recorded yet.</translation>
    </message>
    <message>
        <source>{value} đăng ký thi đua {rules} năm {year}.</source>
        <translation>{value} registered for the {rules} emulation in {year}.</translation>
    </message>
    <message>
        <source>Đủ tiêu chí {name} năm {year}.</source>
        <translation>Meets the criteria for {name} in {year}.</translation>
    </message>
    <message>
        <source>đạt {rules}</source>
        <translation>reached {rules}</translation>
    </message>
    <message>
        <source>xếp loại từ «{minimum}»</source>
        <translation>rated «{minimum}» or above</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Bộ tiêu chí «{name}» kế thừa «{base_id}» nhưng không tìm thấy bộ đó.</source>
        <translation>The rule set «{name}» extends «{base_id}», but that set is not found.</translation>
    </message>
    <message>
        <source>Không có bộ tiêu chí thi đua nào có hiệu lực cho năm {year}.</source>
        <translation>No emulation rule set is in force for {year}.</translation>
    </message>
    <message>
        <source>Năm {year} không xếp loại mức độ hoàn thành nhiệm vụ (thôn, đơn vị xác nhận kết quả lao động thay cho xếp loại).</source>
        <translation>In {year} not rated on task completion (the village or unit confirms the work results instead of a rating).</translation>
    </message>
    <message>
        <source>Chưa có kết quả xếp loại năm {year}.</source>
        <translation>No rating for {year} yet.</translation>
    </message>
    <message>
        <source>Năm {year} xếp loại «{level}»</source>
        <translation>In {year} rated «{level}»</translation>
    </message>
    <message>
        <source>Năm {bad} không đạt mức «{minimum}».</source>
        <translation>Year {bad} below «{minimum}».</translation>
    </message>
    <message>
        <source>Các năm {years}–{spent} đã được tính khi khen {rules} năm {spent}; cần {count} năm liên tục chưa được tính.</source>
        <translation>The years {years}–{spent} were counted for {rules} in {spent}; needs {count} consecutive years not yet counted.</translation>
    </message>
    <message>
        <source>Chưa có kết quả xếp loại năm {missing}.</source>
        <translation>No rating for {missing} yet.</translation>
    </message>
    <message>
        <source>các năm {used_up} đã được tính khi khen {rules} năm {spent}</source>
        <translation>the years {used_up} were counted for {rules} in {spent}</translation>
    </message>
    <message>
        <source>Đã đạt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Có thể đạt</source>
        <translation>May reach</translation>
    </message>
    <message numerus="yes">
        <source>{verb} {name} {n} năm liền: {years}{tail}.</source>
        <translation>
            <numerusform>{verb} {name} for {n} year: {years}{tail}.</numerusform>
            <numerusform>{verb} {name} {n} years in a row: {years}{tail}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chỉ đạt {name} {n} năm liền: {years}, cần {need} năm{tail}.</source>
        <translation>
            <numerusform>Reached {name} for only {n} year: {years}; needs {need} years in a row{tail}.</numerusform>
            <numerusform>Reached {name} only {n} years in a row: {years}; needs {need}{tail}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa có kết quả xếp loại năm {year} để biết thời gian công tác.</source>
        <translation>No rating for {year} yet, so the working time is not known.</translation>
    </message>
    <message>
        <source>Thôn, đơn vị{by} không xác nhận đạt tiêu chuẩn năm {year}.</source>
        <translation>The village or unit{by} does not confirm the standard for {year}.</translation>
    </message>
    <message>
        <source>Thôn đã bình xét đạt {rules} năm {year}.</source>
        <translation>The village rated it {rules} in {year}.</translation>
    </message>
    <message>
        <source>Thôn đã họp bình xét{by}: không đạt {title} năm {year}.</source>
        <translation>The village meeting{by} found it did not reach {title} in {year}.</translation>
    </message>
    <message>
        <source>Đã được tặng {name} năm {year}.</source>
        <translation>Awarded {name} in {year}.</translation>
    </message>
    <message>
        <source>Chưa có danh sách thành viên.</source>
        <translation>No member list yet.</translation>
    </message>
    <message>
        <source>{where}: phép kiểm tra «{check}» không có trong danh mục ({CHECKS}).</source>
        <translation>{where}: the check «{check}» is not in the catalogue ({CHECKS}).</translation>
    </message>
    <message>
        <source>{where}: «for» phải là một trong {APPLIES_TO} (không phải «{applies_to}»).</source>
        <translation>{where}: «for» must be one of {APPLIES_TO} (not «{applies_to}»).</translation>
    </message>
    <message>
        <source>{where}: tiêu chí thiếu trường «{args}».</source>
        <translation>{where}: the criterion lacks the field «{args}».</translation>
    </message>
    <message>
        <source>Bộ tiêu chí «{where}» thiếu trường «{args}».</source>
        <translation>Rule set «{where}» lacks the field «{args}».</translation>
    </message>
    <message>
        <source>Bộ tiêu chí «{where}»: ngày hiệu lực không hợp lệ ({exc}).</source>
        <translation>Rule set «{where}»: the effective date is not valid ({exc}).</translation>
    </message>
    <message>
        <source>, thấp hơn «{minimum}».</source>
        <translation>, below «{minimum}».</translation>
    </message>
    <message>
        <source>năm {year} không đạt {name}</source>
        <translation>in {year} did not reach {name}</translation>
    </message>
    <message>
        <source>năm {year} {value}, chưa có quyết định</source>
        <translation>{year} {value}, no decision yet</translation>
    </message>
    <message>
        <source> (ngày xét {on:%d/%m/%Y}).</source>
        <translation> (review date {on:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>Thôn, đơn vị{by} xác nhận năm {year} lao động sản xuất có hiệu quả, gương mẫu chấp hành và tích cực tham gia phong trào.</source>
        <translation>The village or unit{by} confirms for {year} effective work, exemplary compliance and active part in the movements.</translation>
    </message>
    <message>
        <source>Thôn đã họp bình xét{by}: đạt {title} năm {year}.</source>
        <translation>The village meeting{by} found it reached {title} in {year}.</translation>
    </message>
    <message>
        <source>Chưa đạt {name}: </source>
        <translation>Not {name}: </translation>
    </message>
    <message numerus="yes">
        <source>; {n} người chưa đủ thông tin.</source>
        <translation>
            <numerusform>; {n} person without enough information.</numerusform>
            <numerusform>; {n} people without enough information.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đạt theo: </source>
        <translation>Reached by: </translation>
    </message>
    <message>
        <source>Đạt đủ: </source>
        <translation>Met in full: </translation>
    </message>
    <message>
        <source>Chưa đạt điều kiện nào: </source>
        <translation>No condition met: </translation>
    </message>
    <message>
        <source>Chưa đạt: </source>
        <translation>Not met: </translation>
    </message>
    <message>
        <source>Bộ tiêu chí «{name}» không có tiêu chí cho danh hiệu «{code}».</source>
        <translation>Rule set «{name}» has no criteria for the title «{code}».</translation>
    </message>
    <message>
        <source>Bộ tiêu chí «{name}» thiếu tham số «{name2}».</source>
        <translation>Rule set «{name}» lacks the parameter «{name2}».</translation>
    </message>
    <message>
        <source>Không đọc được bộ tiêu chí «{path}»: {exc}</source>
        <translation>Cannot read the rule set «{path}»: {exc}</translation>
    </message>
    <message>
        <source>đã</source>
        <translation>has</translation>
    </message>
    <message>
        <source>chưa</source>
        <translation>does not have</translation>
    </message>
    <message>
        <source> (chuỗi trước đó: {earlier})</source>
        <translation> (earlier run: {earlier})</translation>
    </message>
    <message>
        <source>Có: </source>
        <translation>Yes: </translation>
    </message>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>chưa ghi nhận</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Đã</source>
        <translation>Has</translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation>Has not</translation>
    </message>
    <message>
        <source>{matter} từ {opened_on:%d/%m/%Y}, chưa kết thúc</source>
        <translation>{matter} since {opened_on:%d/%m/%Y}, not closed</translation>
    </message>
    <message>
        <source>đủ tiêu chí</source>
        <translation>meets the criteria</translation>
    </message>
    <message>
        <source>chưa đủ thông tin</source>
        <translation>not enough information</translation>
    </message>
    <message>
        <source>Không chuyển được từ bước «{current}» sang «{target}»: mỗi lần chỉ tiến hoặc lùi một bước ({MOVEMENT_BASIS}).</source>
        <translation>Cannot move from step «{current}» to «{target}»: one step forward or back at a time ({MOVEMENT_BASIS}).</translation>
    </message>
    <message>
        <source>{points:g} điểm tương ứng mức «{expected}» ({RATING_BASIS}); mức «{level}» không khớp với số điểm. Hãy sửa điểm hoặc mức xếp loại.</source>
        <translation>{points:g} points correspond to «{expected}» ({RATING_BASIS}); the level «{level}» does not match the points. Correct the points or the rating level.</translation>
    </message>
    <message>
        <source>Danh hiệu «{title_name}» dành cho đối tượng «{title_kind}»; không dùng cho đối tượng đã chọn.</source>
        <translation>The title «{title_name}» is for «{title_kind}»; it is not for the chosen nominee.</translation>
    </message>
    <message>
        <source>Đăng ký đang «{current}» không chuyển được sang «{target}».</source>
        <translation>A registration that is «{current}» cannot move to «{target}».</translation>
    </message>
    <message>
        <source>Phải ghi lý do.</source>
        <translation>A reason must be given.</translation>
    </message>
    <message>
        <source>Điểm {points:g} không hợp lệ (từ 0 đến 100).</source>
        <translation>The points {points:g} are not valid (from 0 to 100).</translation>
    </message>
    <message>
        <source>Lùi về bước «{target}» phải ghi lý do.</source>
        <translation>Going back to step «{target}» needs a reason.</translation>
    </message>
    <message>
        <source>Thiết lập hạn đăng ký thi đua «{month_day}» không hợp lệ (viết tháng-ngày, ví dụ 03-31).</source>
        <translation>The emulation registration deadline setting «{month_day}» is not valid (write month-day, e.g. 03-31).</translation>
    </message>
    <message>
        <source>«{text}» không phải là số hợp lệ ở {field} (ví dụ: 1.234,5 hoặc 1234.5).</source>
        <translation>«{text}» is not a valid number in {field} (e.g. 1.234,5 or 1234.5).</translation>
    </message>
    <message>
        <source>«{text}» không phải là ngày hợp lệ ở {field} (viết ngày/tháng/năm, ví dụ 26/11/2026).</source>
        <translation>«{text}» is not a valid date in {field} (write day/month/year, e.g. 26/11/2026).</translation>
    </message>
    <message>
        <source>{where}: hết hiệu lực trước ngày có hiệu lực.</source>
        <translation>{where}: ends before it takes effect.</translation>
    </message>
    <message>
        <source>{where}: văn bản chưa xác nhận phải ghi rõ điều chưa đối chiếu (note).</source>
        <translation>{where}: an unconfirmed document must say what has not been checked (note).</translation>
    </message>
    <message>
        <source>{where}: ngày «{raw}» không hợp lệ (viết YYYY-MM-DD).</source>
        <translation>{where}: the date «{raw}» is not valid (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{where}: thiếu trường {exc}.</source>
        <translation>{where}: the field {exc} is missing.</translation>
    </message>
    <message>
        <source>{source}: văn bản «{id}» khai báo hai lần.</source>
        <translation>{source}: the document «{id}» is declared twice.</translation>
    </message>
    <message>
        <source>{source}: giấy tờ «{kind}» viện dẫn văn bản không có trong danh mục: {unknown}.</source>
        <translation>{source}: the paper «{kind}» cites documents not in the catalogue: {unknown}.</translation>
    </message>
    <message>
        <source>Chưa khai báo căn cứ pháp lý cho loại giấy tờ «{paper_kind}».</source>
        <translation>No legal basis declared for the paper kind «{paper_kind}».</translation>
    </message>
    <message>
        <source>«{text}» được gõ bằng bảng mã cũ (TCVN3/VNI), không phải Unicode; hãy chuyển mã tệp sang Unicode (ví dụ Unikey → Công cụ chuyển mã) rồi nhập lại</source>
        <translation>«{text}» is typed in an old encoding (TCVN3/VNI), not Unicode; convert the file to Unicode (e.g. Unikey → Conversion tool) and import again</translation>
    </message>
    <message>
        <source>tháng trước</source>
        <translation>the previous month</translation>
    </message>
    <message>
        <source>quý trước</source>
        <translation>the previous quarter</translation>
    </message>
    <message>
        <source>năm trước</source>
        <translation>the previous year</translation>
    </message>
    <message>
        <source>thường từ {low} đến {high} (theo {count} kỳ trước)</source>
        <translation>usually {low} to {high} (earlier periods: {count})</translation>
    </message>
    <message>
        <source>{figure} thấp hơn nhiều so với các kỳ trước: {usual}</source>
        <translation>{figure} is far lower than earlier periods: {usual}</translation>
    </message>
    <message>
        <source>số phát sinh trong kỳ {figure}</source>
        <translation>the period&apos;s own increase {figure}</translation>
    </message>
    <message>
        <source>{figure} gấp {times} lần {before} ({previous}); {usual}</source>
        <translation>{figure} is {times} times {before} ({previous}); {usual}</translation>
    </message>
    <message>
        <source>{figure} chỉ bằng {share} % {before} ({previous}); {usual}</source>
        <translation>{figure} is only {share} % of {before} ({previous}); {usual}</translation>
    </message>
    <message>
        <source>{figure} cao hơn nhiều so với các kỳ trước: {usual}</source>
        <translation>{figure} is far higher than earlier periods: {usual}</translation>
    </message>
    <message>
        <source>kỳ trước</source>
        <translation>the previous period</translation>
    </message>
    <message>
        <source>{figure} thấp hơn nhiều so với {before} ({previous}); {usual}</source>
        <translation>{figure} is far lower than {before} ({previous}); {usual}</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất {MIN_LENGTH} ký tự.</source>
        <translation>The password must have at least {MIN_LENGTH} characters.</translation>
    </message>
    <message>
        <source>Mật khẩu không được chỉ gồm chữ số.</source>
        <translation>The password may not be only digits.</translation>
    </message>
    <message>
        <source>Mật khẩu không được chứa tên đăng nhập.</source>
        <translation>The password may not contain the user name.</translation>
    </message>
    <message>
        <source>Mật khẩu này quá phổ biến, dễ đoán; hãy chọn mật khẩu khác.</source>
        <translation>This password is too common and easy to guess; choose another one.</translation>
    </message>
    <message>
        <source>Tháng 1/{year}</source>
        <translation>January {year}</translation>
    </message>
    <message>
        <source>Tháng 2/{year}</source>
        <translation>February {year}</translation>
    </message>
    <message>
        <source>Tháng 3/{year}</source>
        <translation>March {year}</translation>
    </message>
    <message>
        <source>Tháng 4/{year}</source>
        <translation>April {year}</translation>
    </message>
    <message>
        <source>Tháng 5/{year}</source>
        <translation>May {year}</translation>
    </message>
    <message>
        <source>Tháng 6/{year}</source>
        <translation>June {year}</translation>
    </message>
    <message>
        <source>Tháng 7/{year}</source>
        <translation>July {year}</translation>
    </message>
    <message>
        <source>Tháng 8/{year}</source>
        <translation>August {year}</translation>
    </message>
    <message>
        <source>Tháng 9/{year}</source>
        <translation>September {year}</translation>
    </message>
    <message>
        <source>Tháng 10/{year}</source>
        <translation>October {year}</translation>
    </message>
    <message>
        <source>Tháng 11/{year}</source>
        <translation>November {year}</translation>
    </message>
    <message>
        <source>Tháng 12/{year}</source>
        <translation>December {year}</translation>
    </message>
    <message>
        <source>Quý I/{year}</source>
        <translation>Q1 {year}</translation>
    </message>
    <message>
        <source>Quý II/{year}</source>
        <translation>Q2 {year}</translation>
    </message>
    <message>
        <source>Quý III/{year}</source>
        <translation>Q3 {year}</translation>
    </message>
    <message>
        <source>Quý IV/{year}</source>
        <translation>Q4 {year}</translation>
    </message>
    <message>
        <source>T1</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>T2</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>T3</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>T4</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>T5</source>
        <translation>May</translation>
    </message>
    <message>
        <source>T6</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>T7</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>T8</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>T9</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>T10</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>T11</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>T12</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Quý I</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Q4</translation>
    </message>
    <message numerus="yes">
        <source>quá hạn {n} ngày</source>
        <translation>
            <numerusform>{n} day overdue</numerusform>
            <numerusform>{n} days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>còn {n} ngày</source>
        <translation>
            <numerusform>{n} day left</numerusform>
            <numerusform>{n} days left</numerusform>
        </translation>
    </message>
    <message>
        <source>hôm nay là hạn</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>Kỳ báo cáo «{code}» không hợp lệ: viết 2026-M03, 2026-Q1, 2026-H1, 2026-9M hoặc 2026.</source>
        <translation>The reporting period «{code}» is not valid: write 2026-M03, 2026-Q1, 2026-H1, 2026-9M or 2026.</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {year}</source>
        <translation>Second half of {year}</translation>
    </message>
    <message>
        <source>9 tháng năm {year}</source>
        <translation>9 months of {year}</translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>9 months</translation>
    </message>
    <message>
        <source>Kỳ báo cáo «{code}»: tháng phải từ 01 đến 12.</source>
        <translation>Reporting period «{code}»: the month must be from 01 to 12.</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <source>6 tháng đầu</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>6 tháng cuối</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>tăng {amount} so với {previous} → {shown}</source>
        <translation>up {amount} on {previous} → {shown}</translation>
    </message>
    <message>
        <source>«{raw}» không đọc được thành chỉ tiêu (viết như: {EXAMPLES})</source>
        <translation>«{raw}» cannot be read as a target (write like: {EXAMPLES})</translation>
    </message>
    <message>
        <source>đạt (có/không: có)</source>
        <translation>met (yes/no: yes)</translation>
    </message>
    <message>
        <source>chưa đạt (có/không: không)</source>
        <translation>not met (yes/no: no)</translation>
    </message>
    <message>
        <source>giữ như {previous} → {shown}</source>
        <translation>kept as {previous} → {shown}</translation>
    </message>
    <message>
        <source>giảm {amount} so với {previous} → {shown}</source>
        <translation>down {amount} on {previous} → {shown}</translation>
    </message>
    <message>
        <source>không có số năm trước hay số thực hiện (TH) để tính</source>
        <translation>no previous year&apos;s figure or actual figure to compute from</translation>
    </message>
    <message>
        <source>càng cao càng tốt</source>
        <translation>the higher the better</translation>
    </message>
    <message>
        <source>càng thấp càng tốt</source>
        <translation>the lower the better</translation>
    </message>
    <message>
        <source> (mốc phải vượt)</source>
        <translation> (must be exceeded)</translation>
    </message>
    <message>
        <source> điểm %</source>
        <translation> percentage points</translation>
    </message>
    <message>
        <source>duy trì ≥ {shown}</source>
        <translation>keep ≥ {shown}</translation>
    </message>
    <message>
        <source>Năm đề nghị «{value}» không hợp lệ (từ 2000 đến 2100).</source>
        <translation>The proposal year «{value}» is not valid (from 2000 to 2100).</translation>
    </message>
    <message>
        <source>Hãy chọn danh hiệu hoặc hình thức khen thưởng.</source>
        <translation>Choose a title or form of award.</translation>
    </message>
    <message>
        <source>Không có danh hiệu mã «{title_code}» (hoặc đã ngừng dùng).</source>
        <translation>No title with code «{title_code}» (or it is no longer used).</translation>
    </message>
    <message>
        <source>Hãy ghi ngày dự kiến quyết định khen thưởng (để tính tiền thưởng).</source>
        <translation>Enter the expected decision date (to compute the reward).</translation>
    </message>
    <message>
        <source>Ngày dự kiến quyết định {decision_date:%d/%m/%Y} phải trong năm {year} hoặc năm {year2}.</source>
        <translation>The expected decision date {decision_date:%d/%m/%Y} must be in {year} or {year2}.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một đối tượng được đề nghị.</source>
        <translation>Choose at least one nominee.</translation>
    </message>
    <message>
        <source>Danh hiệu «{title}» dành cho đối tượng «{nominee_kind}»; không dùng cho {names}. Hãy bỏ các đối tượng này hoặc chọn danh hiệu khác.</source>
        <translation>The title «{title}» is for «{nominee_kind}»; not for {names}. Remove these nominees or choose another title.</translation>
    </message>
    <message>
        <source>Chưa xét điều kiện cho: {missing}.</source>
        <translation>Eligibility not yet reviewed for: {missing}.</translation>
    </message>
    <message>
        <source>Tất cả đối tượng đều đã bị loại; không thể tiếp tục đề nghị. Hãy quay lại chọn đối tượng khác hoặc giữ lại ít nhất một đối tượng.</source>
        <translation>All nominees have been excluded; the proposal cannot continue. Go back and choose other nominees or keep at least one.</translation>
    </message>
    <message>
        <source>Đề nghị đã trình Hội đồng, không sửa được nữa.</source>
        <translation>The proposal has been submitted to the council; it can no longer be edited.</translation>
    </message>
    <message>
        <source>Đề nghị đã trình Hội đồng, không quay lại sửa được.</source>
        <translation>The proposal has been submitted to the council; it cannot go back to editing.</translation>
    </message>
    <message>
        <source>«{name}» được chọn hai lần.</source>
        <translation>«{name}» is chosen twice.</translation>
    </message>
    <message>
        <source>«{name}» {why}: hãy loại khỏi đề nghị, hoặc ghi lý do vẫn đề nghị (ít nhất {MIN_OVERRIDE_REASON} ký tự) vào ô «Lý do vẫn đề nghị».</source>
        <translation>«{name}» {why}: remove it from the proposal, or write the reason for still proposing (at least {MIN_OVERRIDE_REASON} characters) in «Reason for still proposing».</translation>
    </message>
    <message>
        <source>Hãy ghi tóm tắt thành tích của «{name}».</source>
        <translation>Write a summary of the achievements of «{name}».</translation>
    </message>
    <message>
        <source>{where}: giấy do {issuer} ký không phải giấy của xã.</source>
        <translation>{where}: a paper signed by {issuer} is not the commune&apos;s paper.</translation>
    </message>
    <message>
        <source>{where}: văn bản «{cites}» không có trong danh mục văn bản.</source>
        <translation>{where}: the document «{cites}» is not in the list of legal documents.</translation>
    </message>
    <message>
        <source>{where}: điều chưa xác nhận phải ghi rõ (note).</source>
        <translation>{where}: an unconfirmed point must be explained (note).</translation>
    </message>
    <message>
        <source>{where}: thiếu trường {field}.</source>
        <translation>{where}: the field {field} is missing.</translation>
    </message>
    <message>
        <source>{where}: cấp «{level}» không hợp lệ.</source>
        <translation>{where}: the level «{level}» is not valid.</translation>
    </message>
    <message>
        <source>{what} đang ở trạng thái «{state}», không sửa được. {advice}</source>
        <translation>{what} is «{state}» and cannot be edited. {advice}</translation>
    </message>
    <message>
        <source>Tài khoản «{username}» chỉ được nhập báo cáo của đơn vị mình, không được nhập cho «{unit_name}».</source>
        <translation>The account «{username}» may only enter its own unit&apos;s reports, not those of «{unit_name}».</translation>
    </message>
    <message>
        <source>chưa có báo cáo</source>
        <translation>there is no report yet</translation>
    </message>
    <message>
        <source>báo cáo đang «{state}»</source>
        <translation>the report is «{state}»</translation>
    </message>
    <message>
        <source>Không thể {transition}: {current}; chỉ làm được khi báo cáo đang {allowed}.</source>
        <translation>Cannot {transition}: {current}; only possible when the report is {allowed}.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do khi {transition}.</source>
        <translation>Give a reason to {transition}.</translation>
    </message>
    <message>
        <source>Báo cáo đã duyệt chỉ sửa được sau khi người có quyền duyệt mở lại.</source>
        <translation>An accepted report can be edited only after someone allowed to accept reopens it.</translation>
    </message>
    <message>
        <source>Hãy chờ văn phòng duyệt hoặc trả lại báo cáo.</source>
        <translation>Wait for the office to accept or return the report.</translation>
    </message>
    <message>
        <source>Thiết lập «{key}»: {where} {what}.</source>
        <translation>Setting «{key}»: {where} {what}.</translation>
    </message>
    <message>
        <source>các danh hiệu khác</source>
        <translation>other titles</translation>
    </message>
    <message>
        <source>Thiết lập khác</source>
        <translation>Other setting</translation>
    </message>
    <message>
        <source>Thiết lập «{key}»: Giá trị không được để trống.</source>
        <translation>Setting «{key}»: the value may not be empty.</translation>
    </message>
    <message>
        <source>các bộ, ban, ngành, đoàn thể trung ương</source>
        <translation>the ministries, central agencies and central mass organisations</translation>
    </message>
    <message>
        <source>Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương</source>
        <translation>the People&apos;s Committees of provinces and centrally run cities</translation>
    </message>
    <message>
        <source>Ủy ban nhân dân xã</source>
        <translation>the commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>{first} và {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>Tệp biểu thống kê «{source}»: «reported_by» phải kê những cấp lập biểu trong số {levels}.</source>
        <translation>Statistics form file «{source}»: «reported_by» must list the levels that issue the form, among {levels}.</translation>
    </message>
    <message>
        <source>Tệp biểu thống kê «{source}»: trùng mã cột.</source>
        <translation>Statistics form file «{source}»: a column code is repeated.</translation>
    </message>
    <message>
        <source>Tệp biểu thống kê «{source}»: mỗi cột số phải thuộc đúng một phần của biểu.</source>
        <translation>Statistics form file «{source}»: each number column must belong to exactly one part of the form.</translation>
    </message>
    <message>
        <source>Không có biểu thống kê «{form}».</source>
        <translation>There is no statistics form «{form}».</translation>
    </message>
    <message>
        <source>Năm {year} không có biểu {code} nào còn hiệu lực (biểu có từ {valid_from:%d/%m/%Y}).</source>
        <translation>No form {code} is in force for {year} (the form exists from {valid_from:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>Tệp biểu thống kê «{source}» không đúng cấu trúc: {exc!r}.</source>
        <translation>Statistics form file «{source}» does not have the expected structure: {exc!r}.</translation>
    </message>
    <message>
        <source>Tệp biểu thống kê «{source}», cột {key}: chỉ một cách tính.</source>
        <translation>Statistics form file «{source}», column {key}: only one way of counting is allowed.</translation>
    </message>
    <message>
        <source>Tệp biểu thống kê «{source}», cột {key}: cộng cột không có trong biểu.</source>
        <translation>Statistics form file «{source}», column {key}: it adds up a column that is not in the form.</translation>
    </message>
    <message>
        <source>Tệp biểu thống kê «{source}», dòng «{label}»: cần «where» hoặc «not_counted» (một trong hai).</source>
        <translation>Statistics form file «{source}», row «{label}»: needs «where» or «not_counted» (one of the two).</translation>
    </message>
    <message>
        <source>ô chứa ngày tháng, không phải số; hãy nhập số</source>
        <translation>the cell holds a date, not a number; enter a number</translation>
    </message>
    <message>
        <source>«{raw}» không phải là số hợp lệ</source>
        <translation>«{raw}» is not a valid number</translation>
    </message>
    <message>
        <source>chỉ tiêu lũy kế: {value} thấp hơn số lũy kế kỳ trước ({earlier}); hãy nhập số lũy kế từ đầu năm, không phải số của riêng kỳ này</source>
        <translation>cumulative indicator: {value} is lower than the year-to-date figure of the earlier period ({earlier}); enter the figure since the start of the year, not this period&apos;s own</translation>
    </message>
    <message>
        <source>ô chứa công thức; hãy nhập giá trị (số)</source>
        <translation>the cell holds a formula; enter a value (a number)</translation>
    </message>
    <message>
        <source>«{raw}» không phải là số{hint}</source>
        <translation>«{raw}» is not a number{hint}</translation>
    </message>
    <message>
        <source>khoảng {low}–{high} %</source>
        <translation>the range {low}–{high} %</translation>
    </message>
    <message>
        <source>khoảng từ {low} % trở lên</source>
        <translation>the range from {low} % up</translation>
    </message>
    <message>
        <source>{value} thấp bất thường (thường không dưới {low})</source>
        <translation>{value} is unusually low (usually not below {low})</translation>
    </message>
    <message>
        <source>{value} cao bất thường (thường không quá {high})</source>
        <translation>{value} is unusually high (usually not above {high})</translation>
    </message>
    <message>
        <source>chỉ tiêu Có/Không chỉ nhận 1 (Có) hoặc 0 (Không), không nhận {value}</source>
        <translation>a Yes/No indicator takes only 1 (Yes) or 0 (No), not {value}</translation>
    </message>
    <message>
        <source>số đếm không thể âm ({value})</source>
        <translation>a count cannot be negative ({value})</translation>
    </message>
    <message>
        <source>số đếm phải là số nguyên, không nhận {value}</source>
        <translation>a count must be a whole number, not {value}</translation>
    </message>
    <message>
        <source>tỷ lệ {value} % nằm ngoài {where}</source>
        <translation>the share {value} % is outside {where}</translation>
    </message>
    <message>
        <source>Lý do bỏ đánh dấu</source>
        <translation>Reason for clearing the mark</translation>
    </message>
    <message>
        <source>Thời điểm bỏ đánh dấu</source>
        <translation>Mark cleared at</translation>
    </message>
    <message>
        <source>Người bỏ đánh dấu</source>
        <translation>Mark cleared by</translation>
    </message>
    <message>
        <source>Thời điểm đánh dấu</source>
        <translation>Marked at</translation>
    </message>
    <message>
        <source>Người đánh dấu</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <source>Nơi xác nhận</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Ngày quyết định kỷ luật</source>
        <translation>Date of the disciplinary decision</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Trưởng ban kiểm phiếu</source>
        <translation>Head of the vote-counting board</translation>
    </message>
    <message>
        <source>Ngày quyết định của tỉnh</source>
        <translation>Date of the province&apos;s decision</translation>
    </message>
    <message>
        <source>Cơ quan quyết định của tỉnh</source>
        <translation>Province body that decided</translation>
    </message>
    <message>
        <source>Số quyết định của tỉnh</source>
        <translation>Province decision no.</translation>
    </message>
    <message>
        <source>Số Tờ trình tỉnh</source>
        <translation>Submission no. to the province</translation>
    </message>
    <message>
        <source>Quê quán</source>
        <translation>Home town</translation>
    </message>
    <message>
        <source>Nơi thường trú</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <source>Trình độ chuyên môn, nghiệp vụ</source>
        <translation>Professional qualification</translation>
    </message>
    <message>
        <source>Trình độ lý luận chính trị</source>
        <translation>Political theory level</translation>
    </message>
    <message>
        <source>Số biên bản kiểm phiếu</source>
        <translation>Ballot count minutes no.</translation>
    </message>
    <message>
        <source>Số biên bản họp Hội đồng</source>
        <translation>Council meeting minutes no.</translation>
    </message>
    <message>
        <source>Thôn, đơn vị xác nhận lao động</source>
        <translation>Village or unit confirming the work</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <source>Người tiếp nhận</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Hoạt động từ</source>
        <translation>Active from</translation>
    </message>
    <message>
        <source>Ngừng hoạt động từ</source>
        <translation>Inactive from</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Cách tổng hợp</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Được thông qua</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Thẩm quyền quyết định</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <source>Giá trị năm gốc</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <source>Năm gốc</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Hội đồng</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Cộng dồn</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Nội dung tệp</source>
        <translation>File content</translation>
    </message>
    <message>
        <source>Thời điểm quyết định</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Khó khăn, vướng mắc</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>Chiều đánh giá</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Bản nháp đề nghị</source>
        <translation>Proposal draft</translation>
    </message>
    <message>
        <source>Hạn giải quyết</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Hiệu lực từ</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Kết quả xét điều kiện</source>
        <translation>Eligibility result</translation>
    </message>
    <message>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Quyết định thành lập</source>
        <translation>Founding decision</translation>
    </message>
    <message>
        <source>Số lần đăng nhập sai</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Ngày diễn ra</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Người đứng đầu</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Thời gian họp</source>
        <translation>Meeting time</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Cấp quyết định</source>
        <translation>Deciding level</translation>
    </message>
    <message>
        <source>Nội dung phiên họp</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Thiết lập</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Đăng nhập lần cuối</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Ngày phát động</source>
        <translation>Launched on</translation>
    </message>
    <message>
        <source>Số văn bản phát động</source>
        <translation>Launch document no.</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Chỉ tiêu vế trái</source>
        <translation>Left-hand indicator</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Khóa đến</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Loại việc</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Giá trị lớn nhất</source>
        <translation>Maximum value</translation>
    </message>
    <message>
        <source>Loại tệp</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Phiên họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Số nhân khẩu</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Số thành viên có mặt</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>Tổng số thành viên</source>
        <translation>Total members</translation>
    </message>
    <message>
        <source>Thông báo khi vi phạm</source>
        <translation>Message when broken</translation>
    </message>
    <message>
        <source>Giá trị nhỏ nhất</source>
        <translation>Minimum value</translation>
    </message>
    <message>
        <source>Phong trào thi đua</source>
        <translation>Emulation movement</translation>
    </message>
    <message>
        <source>Phải đổi mật khẩu</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Đối tượng được đề nghị</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Đối tượng khen</source>
        <translation>Kind of nominee</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Ngày phát sinh</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Phép so sánh</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Lý do vẫn đề nghị</source>
        <translation>Reason for still proposing</translation>
    </message>
    <message>
        <source>Bản ghi có tệp</source>
        <translation>Record with the file</translation>
    </message>
    <message>
        <source>Loại bản ghi có tệp</source>
        <translation>Kind of record with the file</translation>
    </message>
    <message>
        <source>Đơn vị cấp trên</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Loại kỳ</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Ghi chú người trình bày</source>
        <translation>Presenter&apos;s note</translation>
    </message>
    <message>
        <source>Tiền thưởng</source>
        <translation>Prize money</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Award proposal</translation>
    </message>
    <message>
        <source>Kiến nghị, đề xuất</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Đơn vị đề nghị</source>
        <translation>Proposing unit</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Đơn vị đánh giá</source>
        <translation>Rating unit</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Cấp công nhận</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <source>Ngày công nhận</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <source>Lý do từ chối</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Thời điểm lấy số</source>
        <translation>Number taken at</translation>
    </message>
    <message>
        <source>Người lấy số</source>
        <translation>Number taken by</translation>
    </message>
    <message>
        <source>Ngày giải quyết xong</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>Kết quả giải quyết</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Kết quả đạt được</source>
        <translation>Results achieved</translation>
    </message>
    <message>
        <source>Lý do trả lại</source>
        <translation>Reason for returning</translation>
    </message>
    <message>
        <source>Chỉ tiêu vế phải</source>
        <translation>Right-hand indicator</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vòng bỏ phiếu</source>
        <translation>Voting round</translation>
    </message>
    <message>
        <source>Phạm vi ảnh hưởng</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Người gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Thời điểm gửi</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation>Sequence no.</translation>
    </message>
    <message>
        <source>Mã kiểm tra tệp</source>
        <translation>File checksum</translation>
    </message>
    <message>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Ngày ký</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Dung lượng tệp</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>Khẩu hiệu</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Giai đoạn</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Câu chuyện điển hình</source>
        <translation>Exemplary story</translation>
    </message>
    <message>
        <source>Số tờ trình</source>
        <translation>Submission no.</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Nhiệm kỳ</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Cách tính tỷ lệ</source>
        <translation>Percentage base</translation>
    </message>
    <message>
        <source>Căn cứ tỷ lệ</source>
        <translation>Basis of the percentage</translation>
    </message>
    <message>
        <source>Tỷ lệ cần đạt</source>
        <translation>Required share</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức khen</source>
        <translation>Title or form of award</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Tổng số tiền</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <source>Chưa xác nhận</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kiểu giá trị</source>
        <translation>Value type</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Chỉ tiêu trọng số</source>
        <translation>Weight indicator</translation>
    </message>
    <message>
        <source>Bước đang làm</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>Ý kiến đồng ý bằng văn bản</source>
        <translation>Written opinions in favour</translation>
    </message>
    <message>
        <source>Ý kiến không đồng ý bằng văn bản</source>
        <translation>Written opinions against</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cấp khen</source>
        <translation>Award level</translation>
    </message>
    <message>
        <source>Mức xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Nội dung khiếu nại</source>
        <translation>Subject of the complaint</translation>
    </message>
    <message>
        <source>Hình thức kỷ luật</source>
        <translation>Disciplinary form</translation>
    </message>
    <message>
        <source>Hình thức khen</source>
        <translation>Form of award</translation>
    </message>
    <message>
        <source>Ký hiệu viết tắt tên đơn vị</source>
        <translation>Unit&apos;s abbreviation</translation>
    </message>
    <message>
        <source>Không có tài khoản «{username}».</source>
        <translation>No account «{username}».</translation>
    </message>
    <message>
        <source>Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (ví dụ «nguyen.van.a»).</source>
        <translation>A user name has 3–64 characters: letters without accents, digits, dots, hyphens or underscores (e.g. «nguyen.van.a»).</translation>
    </message>
    <message>
        <source>Cán bộ báo cáo của đơn vị phải gắn với một đơn vị.</source>
        <translation>A unit&apos;s reporting officer must belong to a unit.</translation>
    </message>
    <message>
        <source>Không có đơn vị #{unit_id}.</source>
        <translation>No unit #{unit_id}.</translation>
    </message>
    <message>
        <source>Họ và tên không được để trống.</source>
        <translation>The full name may not be empty.</translation>
    </message>
    <message>
        <source>Họ và tên tối đa 100 ký tự.</source>
        <translation>The full name has at most 100 characters.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có tài khoản; hãy đăng nhập, rồi nhờ quản trị viên tạo tài khoản mới.</source>
        <translation>The database already has accounts; sign in, then ask an administrator to create a new account.</translation>
    </message>
    <message>
        <source>«{name}» không phải là tài khoản trong cơ sở dữ liệu này.</source>
        <translation>«{name}» is not an account in this database.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại không đúng.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Mật khẩu mới phải khác mật khẩu hiện tại.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>Tên đăng nhập «{name}» đã có.</source>
        <translation>The user name «{name}» already exists.</translation>
    </message>
    <message>
        <source>Không thể tự khóa tài khoản đang dùng.</source>
        <translation>You cannot lock the account you are using.</translation>
    </message>
    <message>
        <source>Phải còn ít nhất một tài khoản quản trị đang hoạt động.</source>
        <translation>At least one active administrator account must remain.</translation>
    </message>
    <message>
        <source>{what} «{filename}» đã có (trùng nội dung với «{twin}»).</source>
        <translation>{what} «{filename}» already exists (same content as «{twin}»).</translation>
    </message>
    <message>
        <source>{what} «{path}» nặng {size:.1f} MB, quá giới hạn {max_bytes} MB. {advice}</source>
        <translation>{what} «{path}» is {size:.1f} MB, over the limit of {max_bytes} MB. {advice}</translation>
    </message>
    <message>
        <source>Không đọc được tệp «{path}»: {value}.</source>
        <translation>Cannot read the file «{path}»: {value}.</translation>
    </message>
    <message>
        <source>(bản trước)</source>
        <translation>(earlier version)</translation>
    </message>
    <message>
        <source>(bản mới)</source>
        <translation>(new version)</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao</source>
        <translation>Indicator target</translation>
    </message>
    <message>
        <source>Quy tắc chỉ tiêu</source>
        <translation>Indicator rule</translation>
    </message>
    <message>
        <source>Báo cáo đơn vị</source>
        <translation>Unit report</translation>
    </message>
    <message>
        <source>Số liệu báo cáo</source>
        <translation>Report figure</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Emulation registration</translation>
    </message>
    <message>
        <source>Đánh giá nhiệm vụ</source>
        <translation>Task rating</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Điển hình</source>
        <translation>Exemplar</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Kỷ luật</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Khiếu nại</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Thành viên Hội đồng</source>
        <translation>Council member</translation>
    </message>
    <message>
        <source>Điểm danh phiên họp</source>
        <translation>Meeting attendance</translation>
    </message>
    <message>
        <source>Kiểm phiếu</source>
        <translation>Ballot count</translation>
    </message>
    <message>
        <source>Người được đề nghị</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Ban kiểm phiếu</source>
        <translation>Vote-counting board</translation>
    </message>
    <message>
        <source>Đánh dấu kiểm tra số liệu</source>
        <translation>Figure marked for checking</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Đăng nhập sai</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Đăng nhập khi đang bị khóa</source>
        <translation>Sign-in while locked</translation>
    </message>
    <message>
        <source>Khóa tạm thời</source>
        <translation>Locked for a while</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Mã số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Thay đổi (trước → sau)</source>
        <translation>Changes (before → after)</translation>
    </message>
    <message>
        <source>NHẬT KÝ THAY ĐỔI DỮ LIỆU</source>
        <translation>DATA CHANGE LOG</translation>
    </message>
    <message numerus="yes">
        <source>{n} dòng không có «Thành tích» (khen thưởng không đề nghị qua TNApp): hãy điền trước khi gửi.</source>
        <translation>
            <numerusform>{n} row has no «Achievements» (an award not proposed through TNApp): fill it in before sending.</numerusform>
            <numerusform>{n} rows have no «Achievements» (awards not proposed through TNApp): fill them in before sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} dòng: «Chức vụ» đã bỏ phần ghi chú trong ngoặc (không phải tên chức vụ).</source>
        <translation>
            <numerusform>{n} row: the bracketed note was left out of «Position» (it is not part of a post&apos;s name).</numerusform>
            <numerusform>{n} rows: the bracketed note was left out of «Position» (it is not part of a post&apos;s name).</numerusform>
        </translation>
    </message>
    <message>
        <source>{collectives} tập thể, {households} hộ gia đình không thuộc cơ sở dữ liệu cán bộ, công chức, viên chức: không xuất.</source>
        <translation>{collectives} collectives and {households} households are not in the cadre and civil servant database: not exported.</translation>
    </message>
    <message numerus="yes">
        <source>{n} người không phải cán bộ, công chức, viên chức: không xuất.</source>
        <translation>
            <numerusform>{n} person who is not a cadre, civil servant or public employee: not exported.</numerusform>
            <numerusform>{n} people who are not cadres, civil servants or public employees: not exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hãy chọn năm hoặc một người để xuất khen thưởng.</source>
        <translation>Choose a year or a person to export the awards of.</translation>
    </message>
    <message>
        <source>Tệp «{name}» phải có đuôi .xlsx hoặc .json.</source>
        <translation>The file «{name}» must end in .xlsx or .json.</translation>
    </message>
    <message>
        <source>Không tìm thấy người #{person_id}.</source>
        <translation>Person #{person_id} was not found.</translation>
    </message>
    <message>
        <source>Không có danh hiệu mã «{code}» trong danh mục.</source>
        <translation>No title with code «{code}» in the catalogue.</translation>
    </message>
    <message>
        <source>Năm {year} không hợp lệ.</source>
        <translation>The year {year} is not valid.</translation>
    </message>
    <message>
        <source>Hãy chọn danh hiệu, hình thức khen thưởng.</source>
        <translation>Choose a title or form of award.</translation>
    </message>
    <message>
        <source>Ngày quyết định {decision_date:%d/%m/%Y} không khớp với năm {year}.</source>
        <translation>The decision date {decision_date:%d/%m/%Y} does not match the year {year}.</translation>
    </message>
    <message>
        <source>Số tiền không được âm.</source>
        <translation>The amount may not be negative.</translation>
    </message>
    <message>
        <source>Không tìm thấy khen thưởng #{award_id} (có thể đã bị xóa).</source>
        <translation>Award #{award_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Khen thưởng này do quyết định lập trong TNApp ghi lại; hãy sửa quyết định.</source>
        <translation>This award was recorded by a decision made in TNApp; correct the decision.</translation>
    </message>
    <message>
        <source>Khen thưởng này do quyết định lập trong TNApp ghi lại; không xóa ở đây.</source>
        <translation>This award was recorded by a decision made in TNApp; it is not deleted here.</translation>
    </message>
    <message>
        <source>Không khôi phục từ «{path}»</source>
        <translation>Not restoring from «{path}»</translation>
    </message>
    <message>
        <source>{refuse}: tệp không phải cơ sở dữ liệu SQLite. Tệp được giữ nguyên.</source>
        <translation>{refuse}: the file is not an SQLite database. The file is left as it was.</translation>
    </message>
    <message>
        <source>{refuse}: kiểm tra toàn vẹn báo lỗi ({result}). Hãy chọn bản sao lưu khác.</source>
        <translation>{refuse}: the integrity check reports errors ({result}). Choose another backup.</translation>
    </message>
    <message>
        <source>{refuse}: đây không phải cơ sở dữ liệu của TNApp.</source>
        <translation>{refuse}: this is not a TNApp database.</translation>
    </message>
    <message>
        <source>{refuse}: tệp được tạo bởi phiên bản TNApp mới hơn (lược đồ «{revision}»). Hãy cập nhật TNApp trước.</source>
        <translation>{refuse}: the file was made by a newer TNApp (schema «{revision}»). Update TNApp first.</translation>
    </message>
    <message>
        <source>{refuse}: cấu trúc dữ liệu không đúng với phiên bản «{revision}» của TNApp ({differences}). Tệp được giữ nguyên.</source>
        <translation>{refuse}: the data structure does not match TNApp version «{revision}» ({differences}). The file is left as it was.</translation>
    </message>
    <message>
        <source>{refuse}: {count} bản ghi trỏ tới bản ghi không tồn tại ({pointing}{value}, ví dụ {dangling} dòng {dangling2}). Tệp được giữ nguyên.</source>
        <translation>{refuse}: records pointing to records that do not exist: {count} ({pointing}{value}, e.g. {dangling} row {dangling2}). The file is left as it was.</translation>
    </message>
    <message>
        <source>Tệp được chọn chính là cơ sở dữ liệu đang mở.</source>
        <translation>The chosen file is the database that is open.</translation>
    </message>
    <message>
        <source>Không khôi phục được: cơ sở dữ liệu «{target}» đang được mở ở một cửa sổ TNApp khác hoặc trên máy khác. Hãy đóng TNApp ở đó (hoặc chờ việc đang ghi xong) rồi khôi phục lại. Chưa thay đổi gì.</source>
        <translation>Could not restore: the database «{target}» is open in another TNApp window or on another computer. Close TNApp there (or wait for the save in progress to finish), then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Không sao lưu được «{source}» vào thư mục «{folder}»: {exc}. Các bản sao lưu trước được giữ nguyên.</source>
        <translation>Could not back up «{source}» into the folder «{folder}»: {exc}. Earlier backups are kept.</translation>
    </message>
    <message>
        <source>«{path}» là một tệp, không phải thư mục: hãy chọn thư mục khác. Chưa sao lưu gì.</source>
        <translation>«{path}» is a file, not a folder: choose another folder. Nothing was backed up.</translation>
    </message>
    <message>
        <source>Tên tệp sao lưu «{path}» phải có đuôi .sqlite hoặc .db (ví dụ «{stem}.sqlite»); chưa sao lưu gì.</source>
        <translation>The backup file name «{path}» must end in .sqlite or .db (e.g. «{stem}.sqlite»); nothing was backed up.</translation>
    </message>
    <message>
        <source>Tệp «{path}» đã có: TNApp không ghi đè lên tệp có sẵn. Hãy đặt tên khác, xóa tệp cũ trước, hoặc chỉ ra một thư mục để TNApp tự đặt tên. Chưa sao lưu gì.</source>
        <translation>The file «{path}» exists: TNApp does not overwrite an existing file. Choose another name, delete the old file first, or give a folder and let TNApp name the file. Nothing was backed up.</translation>
    </message>
    <message>
        <source>Không sao lưu được «{source}» sang «{path}»: không tạo được thư mục «{parent}» ({exc}). Các bản sao lưu trước được giữ nguyên.</source>
        <translation>Could not back up «{source}» to «{path}»: the folder «{parent}» could not be made ({exc}). Earlier backups are kept.</translation>
    </message>
    <message>
        <source>Tệp «{path}» đã có: TNApp không ghi đè lên tệp có sẵn. Chưa sao lưu gì.</source>
        <translation>The file «{path}» exists: TNApp does not overwrite an existing file. Nothing was backed up.</translation>
    </message>
    <message>
        <source>Không sao lưu được «{source}» sang «{path}»: {exc}. Các bản sao lưu trước được giữ nguyên.</source>
        <translation>Could not back up «{source}» to «{path}»: {exc}. Earlier backups are kept.</translation>
    </message>
    <message>
        <source>{refuse}: không đọc được tệp ({exc}).</source>
        <translation>{refuse}: the file cannot be read ({exc}).</translation>
    </message>
    <message>
        <source>{refuse}: tệp bị hỏng ({exc}). Tệp được giữ nguyên.</source>
        <translation>{refuse}: the file is damaged ({exc}). The file is left as it was.</translation>
    </message>
    <message>
        <source>Không khôi phục được: {reason}. Chưa thay đổi gì.</source>
        <translation>Could not restore: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Không khôi phục được: {exc}. Cơ sở dữ liệu trước đó được giữ ở «{previous}».</source>
        <translation>Could not restore: {exc}. The previous database is kept at «{previous}».</translation>
    </message>
    <message>
        <source>Không thể sao lưu cơ sở dữ liệu đè lên chính nó; hãy chọn tệp hoặc thư mục khác.</source>
        <translation>A database cannot be backed up over itself; choose another file or folder.</translation>
    </message>
    <message>
        <source>{refusal} vì đang có {used}. {advice}</source>
        <translation>{refusal} because it has {used}. {advice}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa có thông tin xã. Hãy khai báo xã, hoặc chạy «tnapp init --demo» để dùng dữ liệu mẫu.</source>
        <translation>The database has no commune yet. Declare the commune, or run «tnapp init --demo» to use the sample data.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã có thông tin xã.</source>
        <translation>This database already has its commune.</translation>
    </message>
    <message>
        <source>{label} không được để trống.</source>
        <translation>{label} may not be empty.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày nhận.</source>
        <translation>Enter the date received.</translation>
    </message>
    <message>
        <source>Hãy ghi người gửi.</source>
        <translation>Enter the sender.</translation>
    </message>
    <message>
        <source>Hãy ghi nội dung khiếu nại, kiến nghị.</source>
        <translation>Enter the content of the complaint or petition.</translation>
    </message>
    <message>
        <source>Hạn giải quyết phải sau ngày nhận.</source>
        <translation>The deadline must be after the date received.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày giải quyết.</source>
        <translation>Enter the date resolved.</translation>
    </message>
    <message>
        <source>Ngày giải quyết phải sau ngày nhận.</source>
        <translation>The date resolved must be after the date received.</translation>
    </message>
    <message>
        <source>Không tìm thấy khiếu nại #{complaint_id} (có thể đã bị xóa).</source>
        <translation>Complaint #{complaint_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>{share} tổng số thành viên</source>
        <translation>{share} of all members</translation>
    </message>
    <message>
        <source> (chưa xác nhận)</source>
        <translation> (not confirmed)</translation>
    </message>
    <message>
        <source>Giờ kết thúc {ended_at:%H:%M %d/%m/%Y} phải sau giờ bắt đầu họp {held_at:%H:%M %d/%m/%Y}.</source>
        <translation>The end time {ended_at:%H:%M %d/%m/%Y} must be after the meeting&apos;s start {held_at:%H:%M %d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Không xóa được Hội đồng nhiệm kỳ {term}</source>
        <translation>The council of the term {term} cannot be deleted</translation>
    </message>
    <message>
        <source>Hội đồng đã họp được giữ lại trong hồ sơ.</source>
        <translation>A council that has met is kept in the records.</translation>
    </message>
    <message>
        <source>Không xóa được «{full_name}»</source>
        <translation>«{full_name}» cannot be deleted</translation>
    </message>
    <message>
        <source>Hãy lập Hội đồng nhiệm kỳ mới nếu thành phần thay đổi.</source>
        <translation>Set up a council for a new term if its members change.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do hủy kết quả biểu quyết.</source>
        <translation>Give the reason for cancelling the vote&apos;s result.</translation>
    </message>
    <message>
        <source>Không có giấy tờ «{paper}» của phiên họp.</source>
        <translation>The meeting has no paper «{paper}».</translation>
    </message>
    <message>
        <source>Không tìm thấy {what} #{row_id}.</source>
        <translation>{what} #{row_id} not found.</translation>
    </message>
    <message>
        <source>Nhiệm kỳ không được để trống (ví dụ 2026-2031).</source>
        <translation>The term may not be empty (e.g. 2026-2031).</translation>
    </message>
    <message>
        <source>Ngày kết thúc nhiệm kỳ trước ngày bắt đầu.</source>
        <translation>The term ends before it starts.</translation>
    </message>
    <message>
        <source>Họ và tên thành viên không được để trống.</source>
        <translation>The member&apos;s full name may not be empty.</translation>
    </message>
    <message>
        <source>Không tìm thấy Hội đồng #{council_id}.</source>
        <translation>Council #{council_id} not found.</translation>
    </message>
    <message>
        <source>Địa điểm họp không được để trống.</source>
        <translation>The meeting place may not be empty.</translation>
    </message>
    <message>
        <source>Năm xét khen thưởng {year} không hợp lệ.</source>
        <translation>The award year {year} is not valid.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày giờ họp.</source>
        <translation>Enter the meeting&apos;s date and time.</translation>
    </message>
    <message>
        <source>Ngày họp {day:%d/%m/%Y} nằm ngoài nhiệm kỳ của Hội đồng {term} ({term2}); hãy chọn Hội đồng của nhiệm kỳ đó hoặc sửa ngày họp.</source>
        <translation>The meeting date {day:%d/%m/%Y} is outside the term of council {term} ({term2}); choose the council of that term or correct the date.</translation>
    </message>
    <message>
        <source>Không đọc được tệp dữ liệu mẫu «{path}»: {exc}.</source>
        <translation>Cannot read the sample data file «{path}»: {exc}.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu mẫu «{path}»: không có người «{person}» ({birth_year}, {unit}).</source>
        <translation>Sample data file «{path}»: no person «{person}» ({birth_year}, {unit}).</translation>
    </message>
    <message>
        <source>«{full_name}» được ghi hai lần trong Hội đồng, một lần có mặt và một lần vắng mặt; một người chỉ có một trạng thái ở mỗi phiên họp.</source>
        <translation>«{full_name}» is recorded twice in the council, once present and once absent; a person has one status per meeting.</translation>
    </message>
    <message>
        <source>Phiên họp ngày {held_at:%d/%m/%Y} đã bắt đầu; chỉ xóa được phiên chưa họp.</source>
        <translation>The meeting of {held_at:%d/%m/%Y} has started; only a meeting not yet held can be deleted.</translation>
    </message>
    <message>
        <source>Phiên họp đang ở trạng thái «{state}», không bắt đầu lại được.</source>
        <translation>The meeting is «{state}»; it cannot be started again.</translation>
    </message>
    <message>
        <source>Phiên họp chưa có chương trình (chưa có đề nghị nào). Hãy lập chương trình trước khi bắt đầu.</source>
        <translation>The meeting has no agenda (no proposals yet). Draw up the agenda before starting.</translation>
    </message>
    <message>
        <source>Chưa đủ số lượng để họp. {text}</source>
        <translation>No quorum for the meeting. {text}</translation>
    </message>
    <message>
        <source>Phiên họp đang ở trạng thái «{state}»; chỉ kết thúc được phiên đang họp.</source>
        <translation>The meeting is «{state}»; only a meeting in progress can be closed.</translation>
    </message>
    <message>
        <source>Phiên họp đã kết thúc, không sửa điểm danh được.</source>
        <translation>The meeting is closed; attendance cannot be changed.</translation>
    </message>
    <message>
        <source>Phiên họp đã kết thúc, không đổi Ban kiểm phiếu được.</source>
        <translation>The meeting is closed; the vote counting board cannot be changed.</translation>
    </message>
    <message>
        <source>Ban kiểm phiếu đã kiểm phiếu (đã có kết quả biểu quyết); không đổi được.</source>
        <translation>The vote counting board has already counted (results are recorded); it cannot be changed.</translation>
    </message>
    <message>
        <source>Một người chỉ ghi một lần trong Ban kiểm phiếu.</source>
        <translation>A person is entered only once on the vote counting board.</translation>
    </message>
    <message>
        <source>Chỉ lập lại chương trình được khi phiên họp chưa bắt đầu.</source>
        <translation>The agenda can be redrawn only before the meeting starts.</translation>
    </message>
    <message>
        <source>{label}: phiên họp chưa bắt đầu; hãy bắt đầu phiên họp rồi ghi kết quả.</source>
        <translation>{label}: the meeting has not started; start the meeting, then record the result.</translation>
    </message>
    <message>
        <source>{label}: phiên họp đã kết thúc, không ghi thêm kết quả được.</source>
        <translation>{label}: the meeting is closed; no more results can be recorded.</translation>
    </message>
    <message>
        <source>{label}: chưa có kết quả vòng {next_round}.</source>
        <translation>{label}: no result of round {next_round} yet.</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>{label}: không đủ số lượng để biểu quyết. {text}</source>
        <translation>{label}: no quorum to vote. {text}</translation>
    </message>
    <message>
        <source>{label}: chưa ghi Ban kiểm phiếu của phiên họp; hãy ghi Trưởng ban và các thành viên Ban kiểm phiếu trước khi ghi kết quả kiểm phiếu.</source>
        <translation>{label}: the meeting&apos;s vote counting board is not recorded; record its head and members before recording the count.</translation>
    </message>
    <message>
        <source>Chỉ hủy được kết quả khi phiên họp đang diễn ra.</source>
        <translation>A result can be cancelled only while the meeting is in progress.</translation>
    </message>
    <message>
        <source>Mục {position}: chỉ hủy được kết quả vòng cuối.</source>
        <translation>Item {position}: only the last round&apos;s result can be cancelled.</translation>
    </message>
    <message>
        <source>Vai trò «{role}» không hợp lệ.</source>
        <translation>The role «{role}» is not valid.</translation>
    </message>
    <message>
        <source>Hội đồng đã có {role} là «{full_name}»; mỗi Hội đồng chỉ có một.</source>
        <translation>The council already has a {role}, «{full_name}»; each council has only one.</translation>
    </message>
    <message>
        <source>phiên họp</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>lượt điểm danh ở phiên họp</source>
        <translation>attendance records of meetings</translation>
    </message>
    <message>
        <source>Phiên họp ngày {held_at:%d/%m/%Y} đã kết thúc: chỉ sửa được giờ kết thúc và ghi chú.</source>
        <translation>The meeting of {held_at:%d/%m/%Y} is closed: only the end time and the note can be changed.</translation>
    </message>
    <message>
        <source>Phiên họp đã bắt đầu: không đổi Hội đồng hay năm xét được.</source>
        <translation>The meeting has started: the council or the award year cannot be changed.</translation>
    </message>
    <message>
        <source>Mục {position} ({nominee_name}) chưa có kết quả biểu quyết; hãy ghi kết quả trước khi kết thúc phiên họp.</source>
        <translation>Item {position} ({nominee_name}) has no vote result; record the result before closing the meeting.</translation>
    </message>
    <message>
        <source>Thành viên #{member_id} không thuộc Hội đồng của phiên họp này.</source>
        <translation>Member #{member_id} does not belong to this meeting&apos;s council.</translation>
    </message>
    <message>
        <source>«{full_name}» ở trong Ban kiểm phiếu nên phải có mặt; hãy đổi Ban kiểm phiếu trước khi ghi vắng mặt.</source>
        <translation>«{full_name}» is on the vote counting board and so must be present; change the board before marking them absent.</translation>
    </message>
    <message>
        <source>«{full_name}» chưa được điểm danh có mặt; Ban kiểm phiếu gồm các thành viên có mặt.</source>
        <translation>«{full_name}» is not marked present; the vote counting board is made of members present.</translation>
    </message>
    <message>
        <source>{label}: kết quả vòng {round} đã được ghi; không ghi lại lần hai.</source>
        <translation>{label}: the result of round {round} is already recorded; it is not recorded twice.</translation>
    </message>
    <message>
        <source>Số quyết định phải từ 1 trở lên.</source>
        <translation>The decision number must be 1 or more.</translation>
    </message>
    <message>
        <source>Hãy kết thúc phiên họp trước khi lập dự thảo quyết định khen thưởng.</source>
        <translation>Close the meeting before drafting the award decision.</translation>
    </message>
    <message>
        <source>Phiên họp không có đề nghị cấp xã nào được thông qua; không có gì để Chủ tịch UBND xã quyết định.</source>
        <translation>The meeting approved no commune-level proposal; there is nothing for the commune chairman to decide.</translation>
    </message>
    <message>
        <source>Quyết định của phiên họp này đã ký ban hành; không lập lại dự thảo.</source>
        <translation>This meeting&apos;s decision is signed and issued; no new draft is made.</translation>
    </message>
    <message>
        <source>Quyết định {value} đã được ghi là ký ngày {signed_on:%d/%m/%Y}; không ghi lại lần hai.</source>
        <translation>Decision {value} is already recorded as signed on {signed_on:%d/%m/%Y}; it is not recorded twice.</translation>
    </message>
    <message>
        <source>Ngày ký {signed_on:%d/%m/%Y} trước ngày họp Hội đồng ({held_at:%d/%m/%Y}).</source>
        <translation>The signing date {signed_on:%d/%m/%Y} is before the council meeting ({held_at:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>Mục #{item_id} không thuộc chương trình phiên họp này.</source>
        <translation>Item #{item_id} is not on this meeting&apos;s agenda.</translation>
    </message>
    <message>
        <source>{session}: Hội đồng chưa thông qua; không đưa vào quyết định được.</source>
        <translation>{session}: not approved by the council; it cannot go into the decision.</translation>
    </message>
    <message>
        <source>Hãy nhập số quyết định đã ký.</source>
        <translation>Enter the number of the signed decision.</translation>
    </message>
    <message>
        <source>Số {display_number} đã bị hủy; hãy nhập số quyết định đã ký.</source>
        <translation>Number {display_number} is cancelled; enter the number of the signed decision.</translation>
    </message>
    <message>
        <source>Số {display_number} thuộc sổ năm {year} nhưng quyết định ký năm {year2}; hãy nhập số của năm {year2}.</source>
        <translation>Number {display_number} belongs to the register of {year} but the decision is signed in {year2}; enter a number of {year2}.</translation>
    </message>
    <message>
        <source>chưa có kết quả biểu quyết nào.</source>
        <translation>no vote has been recorded yet.</translation>
    </message>
    <message>
        <source>phiên họp chưa có chương trình.</source>
        <translation>the meeting has no agenda yet.</translation>
    </message>
    <message>
        <source>chưa có số: số của Hội đồng được lấy khi kết thúc phiên họp</source>
        <translation>no number yet: the Council&apos;s number is taken when the meeting is closed</translation>
    </message>
    <message>
        <source>{name} số {number}</source>
        <translation>{name} No. {number}</translation>
    </message>
    <message>
        <source>Phiếu bầu</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>chưa ghi Ban kiểm phiếu của phiên họp (Ban kiểm phiếu ký biên bản).</source>
        <translation>the meeting&apos;s vote-counting board is not recorded yet (the board signs the record).</translation>
    </message>
    <message>
        <source>Biên bản kiểm phiếu</source>
        <translation>Vote count record</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng</source>
        <translation>Council meeting minutes</translation>
    </message>
    <message>
        <source>phiên họp chưa kết thúc; quyết định lập sau khi Hội đồng họp xong.</source>
        <translation>the meeting has not ended; the decision is drawn up after the Council has met.</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng</source>
        <translation>Award decision</translation>
    </message>
    <message>
        <source>Giấy khen, giấy chứng nhận Chiến sĩ thi đua cơ sở</source>
        <translation>Certificates of merit and grassroots emulation fighter certificates</translation>
    </message>
    <message>
        <source>Giấy công nhận «Gia đình văn hóa», «Thôn văn hóa»</source>
        <translation>Recognition papers «Cultural family», «Cultural village»</translation>
    </message>
    <message>
        <source>Hội đồng không thông qua đề nghị cấp xã nào; không có gì để Chủ tịch UBND xã quyết định.</source>
        <translation>the Council passed no commune-level proposal; there is nothing for the commune chairman to decide.</translation>
    </message>
    <message>
        <source>chưa lập dự thảo quyết định (trang Phiên họp → Văn bản và quyết định → «Dự thảo quyết định…»).</source>
        <translation>the draft decision is not made yet (Meeting page → Documents and decisions → «Draft decision…»).</translation>
    </message>
    <message>
        <source>dự thảo, chưa ký; ngày ký để trống</source>
        <translation>a draft, not signed; the signing date left blank</translation>
    </message>
    <message>
        <source>không có đề nghị nào cho các danh hiệu, hình thức này.</source>
        <translation>there is no proposal for these titles or forms of award.</translation>
    </message>
    <message>
        <source>in theo quyết định khen thưởng; chưa lập dự thảo quyết định.</source>
        <translation>printed from the award decision; the draft decision is not made yet.</translation>
    </message>
    <message>
        <source>Hội đồng chưa thông qua đề nghị nào cho các danh hiệu, hình thức này.</source>
        <translation>the Council has not yet passed any proposal for these titles or forms of award.</translation>
    </message>
    <message>
        <source>Hội đồng không thông qua đề nghị nào cho các danh hiệu, hình thức này.</source>
        <translation>the Council passed no proposal for these titles or forms of award.</translation>
    </message>
    <message>
        <source>theo dự thảo quyết định; số, ngày quyết định để trống</source>
        <translation>from the draft decision; the decision&apos;s number and date left blank</translation>
    </message>
    <message>
        <source>Quản trị → Thiết lập</source>
        <translation>Administration → Settings</translation>
    </message>
    <message>
        <source>Chưa biểu quyết</source>
        <translation>Not voted yet</translation>
    </message>
    <message>
        <source>Thông qua</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Không thông qua</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>{setting} – căn cứ: {basis} (xác nhận tại {where})</source>
        <translation>{setting} – basis: {basis} (confirm in {where})</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý: {citation} – {note}</source>
        <translation>Legal basis: {citation} – {note}</translation>
    </message>
    <message>
        <source>chưa ghi</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Các kỳ xét số liệu bất thường phải cùng một loại kỳ.</source>
        <translation>The periods checked for unusual values must all be of one kind.</translation>
    </message>
    <message>
        <source>Hãy ghi nội dung cần kiểm tra của số liệu.</source>
        <translation>Write what needs checking in this value.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do bỏ đánh dấu (đã kiểm tra thế nào, kết quả ra sao).</source>
        <translation>Write why the mark is cleared (how it was checked and what was found).</translation>
    </message>
    <message>
        <source>Không tìm thấy báo cáo #{report_id}.</source>
        <translation>Report #{report_id} was not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy chỉ tiêu #{indicator_id}.</source>
        <translation>Indicator #{indicator_id} was not found.</translation>
    </message>
    <message>
        <source>Số liệu «{code} – {name}» của {unit} ({period}) đã được đánh dấu cần kiểm tra.</source>
        <translation>The value «{code} – {name}» of {unit} ({period}) is already marked for checking.</translation>
    </message>
    <message>
        <source>Không tìm thấy đánh dấu kiểm tra #{followup_id}.</source>
        <translation>Follow-up mark #{followup_id} was not found.</translation>
    </message>
    <message>
        <source>Đánh dấu kiểm tra này đã được bỏ trước đó.</source>
        <translation>This follow-up mark was already cleared.</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu: {nominee} chưa có mức xếp loại năm {year}.</source>
        <translation>Demo data: {nominee} has no task rating for {year}.</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu không có ai đủ điều kiện «{code}» năm {year} để đề nghị.</source>
        <translation>The demo data has nobody eligible for «{code}» in {year} to propose.</translation>
    </message>
    <message>
        <source>Kỷ luật, thanh tra chỉ ghi cho cá nhân hoặc tập thể.</source>
        <translation>Discipline and inspections are recorded only for a person or a collective.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày bắt đầu.</source>
        <translation>Enter the start date.</translation>
    </message>
    <message>
        <source>Ngày kết thúc phải sau ngày bắt đầu.</source>
        <translation>The end date must be after the start date.</translation>
    </message>
    <message>
        <source>Hãy chọn hình thức kỷ luật.</source>
        <translation>Choose the form of discipline.</translation>
    </message>
    <message>
        <source>Ngày quyết định chỉ ghi cho một quyết định kỷ luật.</source>
        <translation>A decision date is recorded only for a disciplinary decision.</translation>
    </message>
    <message>
        <source>Ngày quyết định kỷ luật không được trước ngày bắt đầu xem xét.</source>
        <translation>The disciplinary decision&apos;s date may not be before the start of the review.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ kỷ luật #{record_id} (có thể đã bị xóa).</source>
        <translation>Discipline record #{record_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Số văn bản phải từ 1 trở lên.</source>
        <translation>The document number must be 1 or more.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do hủy số văn bản.</source>
        <translation>Give the reason for cancelling the document number.</translation>
    </message>
    <message>
        <source>Trích yếu nội dung văn bản không được để trống.</source>
        <translation>The document&apos;s summary may not be empty.</translation>
    </message>
    <message>
        <source>Trích yếu tối đa 400 ký tự.</source>
        <translation>The summary has at most 400 characters.</translation>
    </message>
    <message>
        <source>Không tìm thấy số văn bản #{number_id} trong sổ.</source>
        <translation>Document number #{number_id} not found in the register.</translation>
    </message>
    <message>
        <source>Số {seq} đã ban hành, không hủy được; muốn bỏ văn bản đã ban hành phải ban hành văn bản thu hồi hoặc thay thế.</source>
        <translation>Number {seq} is issued and cannot be cancelled; to withdraw an issued document, issue a revoking or replacing document.</translation>
    </message>
    <message>
        <source>Số {seq} đã bị hủy trước đó.</source>
        <translation>Number {seq} was already cancelled.</translation>
    </message>
    <message>
        <source>Số {label} đã bị hủy, không dùng để ban hành được. Hãy lấy số mới.</source>
        <translation>Number {label} is cancelled and cannot be used to issue. Take a new number.</translation>
    </message>
    <message>
        <source>Số {label} đã được ghi là ban hành ngày {issued_on:%d/%m/%Y}.</source>
        <translation>Number {label} is already recorded as issued on {issued_on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>{name}, áp dụng từ {effective_from:%d/%m/%Y}</source>
        <translation>{name}, in force from {effective_from:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>{value}; căn cứ: {basis}.</source>
        <translation>{value}; basis: {basis}.</translation>
    </message>
    <message>
        <source>Không tìm thấy đối tượng #{id} ({value}).</source>
        <translation>Nominee #{id} not found ({value}).</translation>
    </message>
    <message>
        <source>Không có danh hiệu mã «{title_code}» trong danh mục.</source>
        <translation>No title with code «{title_code}» in the catalogue.</translation>
    </message>
    <message>
        <source>Danh hiệu «{name}» dành cho đối tượng «{kind}»; không xét cho «{facts}».</source>
        <translation>The title «{name}» is for «{kind}»; it is not reviewed for «{facts}».</translation>
    </message>
    <message>
        <source>Đơn vị có {excellent} người xếp loại «{EXCELLENT}», vượt mức tối đa {allowed} người ({share:.0f} % số người «{GOOD}»; {RATING_BASIS}).</source>
        <translation>Rated «{EXCELLENT}» in the unit: {excellent}, more than the maximum of {allowed} ({share:.0f} % of those rated «{GOOD}»; {RATING_BASIS}).</translation>
    </message>
    <message>
        <source>Không tìm thấy đối tượng #{id}.</source>
        <translation>Nominee #{id} not found.</translation>
    </message>
    <message>
        <source>{text} (chưa đủ thông tin)</source>
        <translation>{text} (not enough information)</translation>
    </message>
    <message>
        <source>«{name}» (sinh {year})</source>
        <translation>«{name}» (born {year})</translation>
    </message>
    <message>
        <source>người</source>
        <translation>people</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>hộ</source>
        <translation>household</translation>
    </message>
    <message>
        <source>Không tìm thấy {what} #{id} (có thể đã bị xóa).</source>
        <translation>{what} #{id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>danh sách</source>
        <translation>the list</translation>
    </message>
    <message>
        <source>ô chứa công thức; hãy nhập giá trị</source>
        <translation>the cell holds a formula; type the value</translation>
    </message>
    <message>
        <source>{number} nằm ngoài khoảng cho phép ({low}–{high})</source>
        <translation>{number} is outside the allowed range ({low}–{high})</translation>
    </message>
    <message>
        <source>{column} «{text}» đọc là {number}</source>
        <translation>column «{column}»: «{text}» read as {number}</translation>
    </message>
    <message>
        <source>không có đơn vị mã «{code}» trong danh mục</source>
        <translation>no unit with the code «{code}» in the catalogue</translation>
    </message>
    <message>
        <source>không có danh hiệu, hình thức khen thưởng «{text}» trong danh mục (dùng mã như CSTDCS, LDTT, GK hoặc tên đầy đủ)</source>
        <translation>no title or form of award «{text}» in the catalogue (use a code such as CSTDCS, LDTT, GK or the full name)</translation>
    </message>
    <message>
        <source>«{written}» trong tệp là «{name}» trong danh mục</source>
        <translation>«{written}» in the file is «{name}» in the catalogue</translation>
    </message>
    <message>
        <source>không được để trống</source>
        <translation>must not be empty</translation>
    </message>
    <message numerus="yes">
        <source>có {n} người {who} ở đơn vị «{unit}»; không biết là ai. Hãy ghi năm sinh, hoặc gộp người trùng trong Danh mục → Người</source>
        <translation>
            <numerusform>{n} person {who} in the unit «{unit}»; it is not clear who. Write the year of birth, or merge the duplicates in Catalogue → People</numerusform>
            <numerusform>{n} people {who} in the unit «{unit}»; it is not clear who. Write the year of birth, or merge the duplicates in Catalogue → People</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} không thuộc đơn vị «{unit}» (đang ở: {units})</source>
        <translation>{who} is not in the unit «{unit}» (now in: {units})</translation>
    </message>
    <message>
        <source>; danh mục có {names} (dấu thanh khác là người khác: hãy ghi đúng họ tên như trong danh mục)</source>
        <translation>; the catalogue has {names} (a different tone mark is a different person: write the name exactly as in the catalogue)</translation>
    </message>
    <message>
        <source>không có người {who} ở đơn vị «{unit}» trong danh mục{hint}</source>
        <translation>no person {who} in the unit «{unit}» in the catalogue{hint}</translation>
    </message>
    <message>
        <source>Trang «{title}», dòng {row}: thiếu cột {columns}.</source>
        <translation>Sheet «{title}», row {row}: missing columns {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>Tệp «{path}» còn {n} lỗi; chưa nhập gì. Hãy sửa tệp rồi nhập lại.</source>
        <translation>
            <numerusform>The file «{path}» still has {n} error; nothing was imported. Correct the file and import it again.</numerusform>
            <numerusform>The file «{path}» still has {n} errors; nothing was imported. Correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>trùng với dòng {row} ({summary})</source>
        <translation>same as row {row} ({summary})</translation>
    </message>
    <message>
        <source>«{raw}» không hợp lệ; dùng một trong: {allowed}</source>
        <translation>«{raw}» is not valid; use one of: {allowed}</translation>
    </message>
    <message>
        <source>không có hộ mã «{household}» ở «{unit}»</source>
        <translation>no household with the code «{household}» in «{unit}»</translation>
    </message>
    <message>
        <source>«{part}» phải ghi dạng «Họ và tên (năm sinh, mã đơn vị)»</source>
        <translation>«{part}» must be written as «Họ và tên (năm sinh, mã đơn vị)» (full name, year of birth, unit code)</translation>
    </message>
    <message>
        <source>không có đơn vị mã «{code}» (của «{name}») trong danh mục</source>
        <translation>no unit with the code «{code}» (of «{name}») in the catalogue</translation>
    </message>
    <message>
        <source>«{text}» không phải số nguyên</source>
        <translation>«{text}» is not a whole number</translation>
    </message>
    <message>
        <source>Tệp dữ liệu mẫu «{file}»: không có {what}.</source>
        <translation>Sample data file «{file}»: no {what}.</translation>
    </message>
    <message>
        <source>lưu lại dạng Excel (.xlsx) rồi nhập tệp .xlsx đó</source>
        <translation>save it again as Excel (.xlsx) and import that .xlsx file</translation>
    </message>
    <message>
        <source>là bảng tính LibreOffice (.ods): hãy mở bằng LibreOffice Calc, chọn Tệp → Lưu thành…, {resave}</source>
        <translation>is a LibreOffice spreadsheet (.ods): open it in LibreOffice Calc, choose File → Save As…, {resave}</translation>
    </message>
    <message>
        <source>là định dạng Excel cũ (.xls): hãy mở bằng Excel hoặc LibreOffice và {resave}</source>
        <translation>is in the old Excel format (.xls): open it in Excel or LibreOffice and {resave}</translation>
    </message>
    <message>
        <source>là bảng tính có macro (.xlsm), TNApp không mở loại này: hãy mở bằng Excel và {resave}</source>
        <translation>is a spreadsheet with macros (.xlsm), which TNApp does not open: open it in Excel and {resave}</translation>
    </message>
    <message>
        <source>là bảng tính nhị phân (.xlsb): hãy mở bằng Excel và {resave}</source>
        <translation>is a binary spreadsheet (.xlsb): open it in Excel and {resave}</translation>
    </message>
    <message>
        <source>là tệp văn bản .csv, không giữ được mẫu của TNApp: hãy dùng mẫu Excel xuất từ TNApp, chép dữ liệu vào đó và {resave}</source>
        <translation>is a .csv text file, which cannot keep TNApp&apos;s template: use the Excel template exported from TNApp, copy the data into it and {resave}</translation>
    </message>
    <message>
        <source>Tệp «{name}» {why}.</source>
        <translation>The file «{name}» {why}.</translation>
    </message>
    <message>
        <source>quá lớn khi giải nén (hơn {size} MB)</source>
        <translation>is too large once unpacked (over {size} MB)</translation>
    </message>
    <message>
        <source>mẫu</source>
        <translation>the template</translation>
    </message>
    <message>
        <source>Trang «{title}»: không tìm thấy dòng tiêu đề có cột «{wanted}». Hãy dùng đúng mẫu của TNApp.</source>
        <translation>Sheet «{title}»: no header row with the column «{wanted}» found. Use TNApp&apos;s own template.</translation>
    </message>
    <message>
        <source>{sheet}, dòng {row}</source>
        <translation>{sheet}, row {row}</translation>
    </message>
    <message>
        <source>Trang «{sheet}», dòng {row}</source>
        <translation>Sheet «{sheet}», row {row}</translation>
    </message>
    <message>
        <source>, cột {column}</source>
        <translation>, column {column}</translation>
    </message>
    <message>
        <source> ({field})</source>
        <translation> (column «{field}»)</translation>
    </message>
    <message>
        <source>quá lớn ({size} KB; tối đa {most} MB)</source>
        <translation>is too large ({size} KB; at most {most} MB)</translation>
    </message>
    <message>
        <source>«{name}» là thư mục con; TNApp chỉ đọc các tệp nằm ngay trong thư mục đã chọn.</source>
        <translation>«{name}» is a subfolder; TNApp reads only the files directly in the chosen folder.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp «{path}».</source>
        <translation>The file «{path}» is not found.</translation>
    </message>
    <message>
        <source>là tệp tạm của Excel khi một bảng tính đang mở, không phải dữ liệu; bỏ qua</source>
        <translation>is Excel&apos;s temporary file while a workbook is open, not data; skipped</translation>
    </message>
    <message>
        <source>được đặt mật khẩu hoặc là định dạng Excel cũ (.xls): hãy gỡ mật khẩu hoặc {resave}</source>
        <translation>has a password or is in the old Excel format (.xls): remove the password or {resave}</translation>
    </message>
    <message>
        <source>không phải là tệp Excel (.xlsx) hoặc đã bị hỏng, ghi dở</source>
        <translation>is not an Excel file (.xlsx), or it is damaged or half-written</translation>
    </message>
    <message>
        <source>Trang «{title}» có {declared} dòng, quá lớn so với {what} (tối đa {max_rows} dòng).</source>
        <translation>Sheet «{title}» has {declared} rows, too many for {what} (at most {max_rows} rows).</translation>
    </message>
    <message>
        <source>Trang «{title}» có hơn {max_rows} dòng, quá lớn so với {what}.</source>
        <translation>Sheet «{title}» has more than {max_rows} rows, too many for {what}.</translation>
    </message>
    <message>
        <source>có hơn {count} đoạn chữ khác nhau</source>
        <translation>has more than {count} different texts</translation>
    </message>
    <message>
        <source>có trang dài hơn {count} dòng</source>
        <translation>has a sheet longer than {count} rows</translation>
    </message>
    <message>
        <source>có trang quá nhiều ô (hơn {count} ô)</source>
        <translation>has a sheet with too many cells (over {count})</translation>
    </message>
    <message>
        <source>có ô chữ dài hơn {count} ký tự (giới hạn của Excel)</source>
        <translation>has a text cell longer than {count} characters (Excel&apos;s limit)</translation>
    </message>
    <message>
        <source>bị hỏng hoặc ghi dở, không đọc được ({error})</source>
        <translation>is damaged or half-written and cannot be read ({error})</translation>
    </message>
    <message>
        <source>Không đọc được tệp «{name}»: {value}.</source>
        <translation>Cannot read the file «{name}»: {value}.</translation>
    </message>
    <message>
        <source>chứa quá nhiều thành phần, không phải một bảng tính bình thường</source>
        <translation>holds too many parts; it is not an ordinary spreadsheet</translation>
    </message>
    <message>
        <source>Không tìm thấy ảnh #{photo_id} (có thể đã bị xóa).</source>
        <translation>Photo #{photo_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Tệp «{path}» không phải ảnh (chỉ nhận JPEG, PNG, GIF, WebP).</source>
        <translation>The file «{path}» is not a picture (only JPEG, PNG, GIF, WebP are accepted).</translation>
    </message>
    <message>
        <source>Tiêu đề không được để trống.</source>
        <translation>The title may not be empty.</translation>
    </message>
    <message>
        <source>Không tìm thấy điển hình #{exemplar_id} (có thể đã bị xóa).</source>
        <translation>Exemplar #{exemplar_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không ghi được bản tin vào «{target}»: {value}.</source>
        <translation>Cannot write the bulletin to «{target}»: {value}.</translation>
    </message>
    <message>
        <source>khen thưởng</source>
        <translation>awards</translation>
    </message>
    <message>
        <source>đăng ký thi đua</source>
        <translation>emulation registrations</translation>
    </message>
    <message>
        <source>điển hình</source>
        <translation>role models</translation>
    </message>
    <message>
        <source>hồ sơ</source>
        <translation>records</translation>
    </message>
    <message>
        <source>Không tìm thấy hộ #{household_id} (có thể đã bị xóa).</source>
        <translation>Household #{household_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không xóa được hộ «{head_name}»</source>
        <translation>The household «{head_name}» cannot be deleted</translation>
    </message>
    <message>
        <source>Hộ đã có lịch sử thi đua, khen thưởng.</source>
        <translation>The household has an emulation and award history.</translation>
    </message>
    <message>
        <source>Mã hộ không được để trống.</source>
        <translation>The household code may not be empty.</translation>
    </message>
    <message>
        <source>Tên chủ hộ không được để trống.</source>
        <translation>The head of household&apos;s name may not be empty.</translation>
    </message>
    <message>
        <source>Tên chủ hộ «{head}» có chữ số.</source>
        <translation>The head of household&apos;s name «{head}» contains digits.</translation>
    </message>
    <message>
        <source>Số nhân khẩu {members} không hợp lệ.</source>
        <translation>The household size {members} is not valid.</translation>
    </message>
    <message>
        <source>Hãy chọn thôn.</source>
        <translation>Choose the village.</translation>
    </message>
    <message>
        <source>«{village}» đã có hộ mã «{code}».</source>
        <translation>«{village}» already has a household with code «{code}».</translation>
    </message>
    <message>
        <source>Không tìm thấy hộ #{id}.</source>
        <translation>Household #{id} not found.</translation>
    </message>
    <message>
        <source>«Thôn văn hóa» chỉ ghi cho thôn.</source>
        <translation>«Cultural village» is recorded only for villages.</translation>
    </message>
    <message>
        <source>Tệp «{path}» không có bảng chỉ tiêu nào (cần cột «Chỉ tiêu» và các cột kế hoạch theo năm).</source>
        <translation>The file «{path}» has no indicator table (it needs an «Chỉ tiêu» column and plan columns by year).</translation>
    </message>
    <message>
        <source>Bảng {number}</source>
        <translation>Table {number}</translation>
    </message>
    <message>
        <source>phụ lục</source>
        <translation>the appendix</translation>
    </message>
    <message>
        <source>không phải bảng chỉ tiêu (không có cột «Chỉ tiêu» và kế hoạch theo năm), bỏ qua</source>
        <translation>not a table of indicators (no column «Chỉ tiêu» and yearly plan), skipped</translation>
    </message>
    <message>
        <source>{name} ({code}, đơn vị mới)</source>
        <translation>{name} ({code}, new unit)</translation>
    </message>
    <message>
        <source>«{raw}» không phải là số</source>
        <translation>«{raw}» is not a number</translation>
    </message>
    <message>
        <source>«{text}» trùng tên nhiều đơn vị; hãy ghi mã đơn vị</source>
        <translation>«{text}» is the name of several units; write the unit&apos;s code</translation>
    </message>
    <message>
        <source>«{text}» không có trong danh mục đơn vị{hint}; hãy chọn đơn vị có sẵn hoặc xác nhận thêm đơn vị mới</source>
        <translation>«{text}» is not in the unit catalogue{hint}; choose an existing unit or confirm adding a new unit</translation>
    </message>
    <message>
        <source>các năm ghi chỉ tiêu ngược chiều nhau (vừa tăng/trên, vừa giảm/dưới)</source>
        <translation>the years give targets in opposite directions (both up/above and down/below)</translation>
    </message>
    <message>
        <source>«{name}» gần giống chỉ tiêu «{near}» (mã {code}) trong danh mục; hãy chọn là chỉ tiêu đó hay là chỉ tiêu mới</source>
        <translation>«{name}» is close to the indicator «{near}» (code {code}) in the catalogue; choose whether it is that indicator or a new one</translation>
    </message>
    <message>
        <source>mục con của dòng {row}</source>
        <translation>sub-item of row {row}</translation>
    </message>
    <message>
        <source>ĐVT trống, kế hoạch ghi đạt/chưa đạt → chỉ tiêu {kind}</source>
        <translation>unit of measure (ĐVT) empty, the plan says met/not met → a {kind} indicator</translation>
    </message>
    <message>
        <source>ĐVT «{uom}» → «{known}» như trong danh mục</source>
        <translation>unit of measure «{uom}» → «{known}» as in the catalogue</translation>
    </message>
    <message>
        <source>thiếu đơn vị chủ trì</source>
        <translation>the lead unit is missing</translation>
    </message>
    <message>
        <source>chưa rõ lĩnh vực: hãy đặt dòng dưới một mục (I. KINH TẾ…) hoặc điền cột «Lĩnh vực»</source>
        <translation>the area is unclear: put the row under a section (I. KINH TẾ…) or fill the column «Lĩnh vực»</translation>
    </message>
    <message>
        <source>trùng mã «{code}» với dòng {row}</source>
        <translation>the code «{code}» is also on row {row}</translation>
    </message>
    <message>
        <source>không có chỉ tiêu mã «{code}» trong tệp hay danh mục</source>
        <translation>no indicator with the code «{code}» in the file or the catalogue</translation>
    </message>
    <message>
        <source>cùng cột mà dấu chấm đọc hai cách: «{t_text}» (dòng {t_row}) đọc là {t_value} (dấu chấm phân cách hàng nghìn), «{d_text}» (dòng {d_row}) đọc là {d_value} (dấu chấm thập phân); hãy kiểm tra lại</source>
        <translation>in the same column a dot reads two ways: «{t_text}» (row {t_row}) read as {t_value} (dot as thousands separator), «{d_text}» (row {d_row}) read as {d_value} (dot as decimal point); check again</translation>
    </message>
    <message>
        <source>thiếu cột «{name}»</source>
        <translation>the column «{name}» is missing</translation>
    </message>
    <message>
        <source>; gần giống đơn vị «{name}» (mã {code}) trong danh mục</source>
        <translation>; close to the unit «{name}» (code {code}) in the catalogue</translation>
    </message>
    <message>
        <source>thiếu mã chỉ tiêu hoặc đơn vị</source>
        <translation>the indicator code or the unit is missing</translation>
    </message>
    <message>
        <source>dòng không hiểu được: thiếu tên chỉ tiêu</source>
        <translation>row not understood: the indicator&apos;s name is missing</translation>
    </message>
    <message>
        <source>dòng không hiểu được: thiếu đơn vị tính</source>
        <translation>row not understood: the unit of measure is missing</translation>
    </message>
    <message>
        <source>«{name}» là chỉ tiêu «{existing}» (mã {code}) như đã chọn</source>
        <translation>«{name}» is the indicator «{existing}» (code {code}) as chosen</translation>
    </message>
    <message>
        <source>chỉ tiêu mới chưa có mã; TNApp đặt mã «{code}»</source>
        <translation>a new indicator without a code; TNApp gives it «{code}»</translation>
    </message>
    <message>
        <source>không có cột «{header}»: {default}</source>
        <translation>no column «{header}»: {default}</translation>
    </message>
    <message>
        <source>«{base_cell}» không phải là số thực hiện</source>
        <translation>«{base_cell}» is not an actual figure</translation>
    </message>
    <message>
        <source>số âm ({value}) ở chỉ tiêu không thể âm (ĐVT {uom}); hãy kiểm tra lại</source>
        <translation>a negative number ({value}) for an indicator that cannot be negative (unit {uom}); check again</translation>
    </message>
    <message>
        <source>không nhận ra lĩnh vực của mục «{name}» (Kinh tế, Văn hóa – Xã hội, Môi trường, Quốc phòng – An ninh, Xây dựng Đảng…)</source>
        <translation>the area of the section «{name}» is not recognised (Kinh tế, Văn hóa – Xã hội, Môi trường, Quốc phòng – An ninh, Xây dựng Đảng…)</translation>
    </message>
    <message>
        <source>{value}: không tìm thấy dòng tiêu đề có cột «{first_header}» (và các cột kế hoạch theo năm).</source>
        <translation>{value}: no header row with the column «{first_header}» (and the plan columns by year) found.</translation>
    </message>
    <message>
        <source>Tệp «{path}» không phải tệp Word (.docx) hoặc đã bị hỏng ({name}).</source>
        <translation>The file «{path}» is not a Word file (.docx) or is damaged ({name}).</translation>
    </message>
    <message>
        <source>cột {column} «{shown}»: {name}</source>
        <translation>column {column} «{shown}»: read as «{name}»</translation>
    </message>
    <message>
        <source>cột {column} «{shown}»: không dùng</source>
        <translation>column {column} «{shown}»: not used</translation>
    </message>
    <message>
        <source>cột {column} «{shown}»: thực hiện năm {year} (số gốc)</source>
        <translation>column {column} «{shown}»: achieved in {year} (baseline)</translation>
    </message>
    <message>
        <source>cột {column} «{shown}»: kế hoạch năm {year}</source>
        <translation>column {column} «{shown}»: plan for {year}</translation>
    </message>
    <message>
        <source> (dấu chấm phân cách hàng nghìn)</source>
        <translation> (dot as thousands separator)</translation>
    </message>
    <message>
        <source> (dấu chấm là dấu thập phân)</source>
        <translation> (dot as decimal point)</translation>
    </message>
    <message>
        <source>chỉ tiêu đã có được nhận theo tên; chỉ tiêu mới được đặt mã theo lĩnh vực (KT, VH, MT, AN, XD)</source>
        <translation>existing indicators are recognised by name; new indicators get a code by area (KT, VH, MT, AN, XD)</translation>
    </message>
    <message>
        <source>lấy theo mục (I. KINH TẾ…) chứa dòng</source>
        <translation>taken from the section (I. KINH TẾ…) holding the row</translation>
    </message>
    <message>
        <source>chỉ tiêu mới lấy «{label}» nếu ĐVT là %, còn lại «{other}»</source>
        <translation>new indicators take «{label}» if the unit of measure (ĐVT) is %, otherwise «{other}»</translation>
    </message>
    <message>
        <source>chỉ tiêu mới lấy «{label}»</source>
        <translation>new indicators take «{label}»</translation>
    </message>
    <message>
        <source>chỉ tiêu mới lấy «{label}» (đơn vị chủ trì báo cáo)</source>
        <translation>new indicators take «{label}» (the lead unit reports)</translation>
    </message>
    <message>
        <source>chỉ tiêu mới báo cáo theo «{label}»</source>
        <translation>new indicators are reported by «{label}»</translation>
    </message>
    <message>
        <source>chỉ tiêu mới không lũy kế</source>
        <translation>new indicators are not cumulative</translation>
    </message>
    <message>
        <source>chỉ tiêu mới do đơn vị chủ trì thực hiện</source>
        <translation>new indicators are carried out by the lead unit</translation>
    </message>
    <message>
        <source>chỉ tiêu mới không có cận dưới</source>
        <translation>new indicators have no lower bound</translation>
    </message>
    <message>
        <source>chỉ tiêu mới không có cận trên</source>
        <translation>new indicators have no upper bound</translation>
    </message>
    <message>
        <source>không dùng trọng số</source>
        <translation>no weighting</translation>
    </message>
    <message>
        <source>không có ghi chú</source>
        <translation>no note</translation>
    </message>
    <message>
        <source>thêm mới</source>
        <translation>new</translation>
    </message>
    <message>
        <source>không đổi</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>cập nhật {columns}</source>
        <translation>changes {columns}</translation>
    </message>
    <message>
        <source>Dòng {row}: {code} – {name}: {what}</source>
        <translation>Row {row}: {code} – {name}: {what}</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{what}: {impossible}.</source>
        <translation>{what}: {impossible}.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu không được trống, tối đa 30 ký tự, không có dấu cách.</source>
        <translation>The indicator code may not be empty, has at most 30 characters and no spaces.</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu không được trống, tối đa 300 ký tự.</source>
        <translation>The indicator name may not be empty and has at most 300 characters.</translation>
    </message>
    <message>
        <source>Đơn vị tính không được trống, tối đa 50 ký tự.</source>
        <translation>The unit of measure may not be empty and has at most 50 characters.</translation>
    </message>
    <message>
        <source>Chỉ tiêu «{code}» chưa có đơn vị chủ trì.</source>
        <translation>The indicator «{code}» has no lead unit yet.</translation>
    </message>
    <message>
        <source>Cận dưới phải nhỏ hơn hoặc bằng cận trên.</source>
        <translation>The lower bound must be less than or equal to the upper bound.</translation>
    </message>
    <message>
        <source>Trung bình có trọng số cần chọn chỉ tiêu làm trọng số.</source>
        <translation>A weighted average needs an indicator chosen as the weight.</translation>
    </message>
    <message>
        <source>Năm thực hiện gốc {baseline_year} không hợp lệ.</source>
        <translation>The baseline year {baseline_year} is not valid.</translation>
    </message>
    <message>
        <source>Chỉ tiêu Có/Không chỉ nhận 0 và 1 (cận dưới 0, cận trên 1).</source>
        <translation>A yes/no indicator takes only 0 and 1 (lower bound 0, upper bound 1).</translation>
    </message>
    <message>
        <source>Chỉ tiêu chỉ cấp xã do đơn vị chủ trì báo cáo; không giao cho đơn vị khác.</source>
        <translation>A commune-only indicator is reported by its lead unit; it is not assigned to other units.</translation>
    </message>
    <message>
        <source>Hãy chọn các đơn vị thực hiện (báo cáo) chỉ tiêu.</source>
        <translation>Choose the units that carry out (report) the indicator.</translation>
    </message>
    <message>
        <source>Chỉ giao chỉ tiêu cho đơn vị thực hiện chỉ tiêu đó.</source>
        <translation>Assign the indicator only to units that carry it out.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu mã «{code}».</source>
        <translation>No indicator with code «{code}».</translation>
    </message>
    <message>
        <source>Không xóa được chỉ tiêu «{code}»</source>
        <translation>The indicator «{code}» cannot be deleted</translation>
    </message>
    <message>
        <source>Hãy ngừng theo dõi chỉ tiêu (bỏ chọn «Đang dùng») thay vì xóa.</source>
        <translation>Stop tracking the indicator (untick «In use») instead of deleting it.</translation>
    </message>
    <message>
        <source>Phép so sánh «{operator}» không hợp lệ; dùng &lt;=, &lt;, &gt;=, &gt; hoặc =.</source>
        <translation>The comparison «{operator}» is not valid; use &lt;=, &lt;, &gt;=, &gt; or =.</translation>
    </message>
    <message>
        <source>Quy tắc phải so sánh hai chỉ tiêu khác nhau.</source>
        <translation>A rule must compare two different indicators.</translation>
    </message>
    <message>
        <source>Không tìm thấy chỉ tiêu #{indicator_id} (có thể đã bị xóa).</source>
        <translation>Indicator #{indicator_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Mã «{code}» đã dùng cho chỉ tiêu «{clash}».</source>
        <translation>The code «{code}» is already used for the indicator «{clash}».</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì hoặc đơn vị thực hiện không có trong danh mục.</source>
        <translation>The lead unit or a carrying-out unit is not in the catalogue.</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year} nằm ngoài giai đoạn {PLAN_YEARS}–{PLAN_YEARS2}.</source>
        <translation>The plan for {year} is outside the period {PLAN_YEARS}–{PLAN_YEARS2}.</translation>
    </message>
    <message>
        <source>«{code}» và «{code2}» báo cáo theo kỳ khác nhau; quy tắc chỉ so sánh hai chỉ tiêu trong cùng một báo cáo.</source>
        <translation>«{code}» and «{code2}» are reported for different periods; a rule compares only two indicators of the same report.</translation>
    </message>
    <message>
        <source>Không tìm thấy quy tắc #{rule_id}.</source>
        <translation>Rule #{rule_id} not found.</translation>
    </message>
    <message>
        <source>Chỉ tiêu không thể làm trọng số cho chính nó.</source>
        <translation>An indicator cannot be its own weight.</translation>
    </message>
    <message>
        <source>Chỉ tiêu làm trọng số không có trong danh mục.</source>
        <translation>The weight indicator is not in the catalogue.</translation>
    </message>
    <message>
        <source>giá trị đã báo cáo</source>
        <translation>reported values</translation>
    </message>
    <message>
        <source>chỉ tiêu dùng làm trọng số</source>
        <translation>indicators using it as weight</translation>
    </message>
    <message>
        <source>Tên sáng kiến, đề tài không được để trống.</source>
        <translation>The name of the initiative or research topic may not be empty.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một tác giả.</source>
        <translation>Choose at least one author.</translation>
    </message>
    <message>
        <source>Ngày công nhận {recognised_on:%d/%m/%Y} không khớp với năm {year}.</source>
        <translation>The recognition date {recognised_on:%d/%m/%Y} does not match the year {year}.</translation>
    </message>
    <message>
        <source>Tác giả đã chọn không còn trong danh mục.</source>
        <translation>The chosen author is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>Đơn vị không tồn tại.</source>
        <translation>The unit does not exist.</translation>
    </message>
    <message>
        <source>Không tìm thấy sáng kiến #{initiative_id} (có thể đã bị xóa).</source>
        <translation>Initiative #{initiative_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không xóa được phong trào «{movement}»</source>
        <translation>The movement «{movement}» cannot be deleted</translation>
    </message>
    <message>
        <source>Hãy xóa các đăng ký trước.</source>
        <translation>Delete the registrations first.</translation>
    </message>
    <message>
        <source>Phong trào đã ở bước cuối «{stage}».</source>
        <translation>The movement is already at its last step «{stage}».</translation>
    </message>
    <message>
        <source>Phong trào đang ở bước đầu «{stage}».</source>
        <translation>The movement is at its first step «{stage}».</translation>
    </message>
    <message>
        <source>Mã phong trào không được để trống.</source>
        <translation>The movement code may not be empty.</translation>
    </message>
    <message>
        <source>Mã phong trào tối đa 30 ký tự.</source>
        <translation>The movement code has at most 30 characters.</translation>
    </message>
    <message>
        <source>Tên phong trào không được để trống.</source>
        <translation>The movement name may not be empty.</translation>
    </message>
    <message>
        <source>Đã có phong trào mã «{code}».</source>
        <translation>A movement with code «{code}» already exists.</translation>
    </message>
    <message>
        <source>Chỉ tiêu hoặc đơn vị đã chọn không còn tồn tại.</source>
        <translation>The chosen indicator or unit no longer exists.</translation>
    </message>
    <message>
        <source>Không tìm thấy phong trào #{movement_id} (có thể đã bị xóa).</source>
        <translation>Movement #{movement_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>kết quả đánh giá</source>
        <translation>ratings</translation>
    </message>
    <message>
        <source>kỷ luật</source>
        <translation>discipline records</translation>
    </message>
    <message>
        <source>đề nghị khen thưởng</source>
        <translation>award proposals</translation>
    </message>
    <message>
        <source>thành viên Hội đồng</source>
        <translation>council members</translation>
    </message>
    <message>
        <source>sáng kiến</source>
        <translation>initiatives</translation>
    </message>
    <message>
        <source>Họ và tên «{name}» có chữ số.</source>
        <translation>The full name «{name}» contains digits.</translation>
    </message>
    <message>
        <source>Năm sinh {birth_year} không hợp lệ (từ {MIN_BIRTH_YEAR} đến {MAX_BIRTH_YEAR}).</source>
        <translation>The birth year {birth_year} is not valid (from {MIN_BIRTH_YEAR} to {MAX_BIRTH_YEAR}).</translation>
    </message>
    <message>
        <source>{label} tối đa {longest} ký tự.</source>
        <translation>{label}: at most {longest} characters.</translation>
    </message>
    <message>
        <source>Hãy đổi tình trạng (chuyển công tác, nghỉ hưu) thay vì xóa.</source>
        <translation>Change the status (transferred, retired) instead of deleting.</translation>
    </message>
    <message>
        <source>Không tìm thấy người #{person_id} (có thể đã bị xóa).</source>
        <translation>Person #{person_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>«{value}» không phải năm (ví dụ 1985)</source>
        <translation>«{value}» is not a year (e.g. 1985)</translation>
    </message>
    <message>
        <source>không có đơn vị mã hoặc tên «{unit}» trong danh mục</source>
        <translation>no unit with the code or name «{unit}» in the catalogue</translation>
    </message>
    <message>
        <source>«{name}» viết không dấu, giống «{guess}» đã có; hãy ghi họ tên có dấu</source>
        <translation>«{name}» is written without diacritics and looks like «{guess}», already there; write the name with its diacritics</translation>
    </message>
    <message>
        <source>Chưa có hệ số tiền thưởng cho danh hiệu {title_code} áp dụng ngày {on_date:%d/%m/%Y} (thiết lập «prize_multiplier.{title_code}»).</source>
        <translation>No reward coefficient yet for the title {title_code} in force on {on_date:%d/%m/%Y} (setting «prize_multiplier.{title_code}»).</translation>
    </message>
    <message>
        <source>Kỳ {period} không thuộc năm {year}.</source>
        <translation>The period {period} is not in {year}.</translation>
    </message>
    <message>
        <source>Không có đơn vị mã «{code}».</source>
        <translation>No unit with code «{code}».</translation>
    </message>
    <message>
        <source>Không tìm thấy đề nghị #{proposal_id} (có thể đã bị xóa).</source>
        <translation>Proposal #{proposal_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Chưa chọn đối tượng nào để đề nghị.</source>
        <translation>No nominee chosen for the proposal yet.</translation>
    </message>
    <message>
        <source>Ngày trình {day:%d/%m/%Y} chưa tới.</source>
        <translation>The submission date {day:%d/%m/%Y} has not come yet.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do rút đề nghị.</source>
        <translation>Give the reason for withdrawing the proposal.</translation>
    </message>
    <message>
        <source>Số, ngày tờ trình của đơn vị chỉ ghi khi đã chọn đơn vị đề nghị.</source>
        <translation>The unit&apos;s submission number and date can only be entered once the proposing unit is chosen.</translation>
    </message>
    <message>
        <source>Số tờ trình của đơn vị «{number}» phải là số từ 1 đến 99999.</source>
        <translation>The unit&apos;s submission number «{number}» must be a number from 1 to 99999.</translation>
    </message>
    <message>
        <source>Ngày tờ trình của đơn vị {unit_date:%d/%m/%Y} chưa tới.</source>
        <translation>The unit&apos;s submission date {unit_date:%d/%m/%Y} has not come yet.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} đã ở trạng thái «{state}»; chỉ bản nháp mới sửa được.</source>
        <translation>Proposal #{id} is already «{state}»; only a draft can be edited.</translation>
    </message>
    <message>
        <source>Không có danh hiệu mã «{code}» (hoặc đã ngừng dùng).</source>
        <translation>No title with code «{code}» (or it is no longer used).</translation>
    </message>
    <message>
        <source>Không có đơn vị đề nghị #{unit_id} (có thể đã bị xóa).</source>
        <translation>No proposing unit #{unit_id} (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp đính kèm #{attachment_id}.</source>
        <translation>Attachment #{attachment_id} not found.</translation>
    </message>
    <message>
        <source>Hãy bấm «Trình Hội đồng» để trình đề nghị.</source>
        <translation>Press «Submit to council» to submit the proposal.</translation>
    </message>
    <message>
        <source>Tờ trình của đơn vị ghi ngày {unit_date:%d/%m/%Y}, sau ngày trình Hội đồng {day:%d/%m/%Y}.</source>
        <translation>The unit&apos;s submission is dated {unit_date:%d/%m/%Y}, after the day it goes to the Council, {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Chỉ rút được đề nghị đã trình Hội đồng; đề nghị #{proposal_id} đang ở trạng thái «{state}».</source>
        <translation>Only a proposal submitted to the council can be withdrawn; proposal #{proposal_id} is «{state}».</translation>
    </message>
    <message>
        <source>Hãy nhập số quyết định của tỉnh (ví dụ 1234/QĐ-UBND).</source>
        <translation>Enter the number of the province&apos;s decision (e.g. 1234/QĐ-UBND).</translation>
    </message>
    <message>
        <source>«{number}» không phải số quyết định: ghi số, dấu «/» và ký hiệu văn bản (ví dụ 1234/QĐ-UBND).</source>
        <translation>«{number}» is not a decision number: write the number, «/» and the document symbol (e.g. 1234/QĐ-UBND).</translation>
    </message>
    <message>
        <source>Hãy nhập cơ quan, người ban hành quyết định (ví dụ Chủ tịch UBND tỉnh …).</source>
        <translation>Enter the body or person issuing the decision (e.g. Chairman of the Provincial People&apos;s Committee …).</translation>
    </message>
    <message>
        <source>«{issuer}» là cấp xã; quyết định khen thưởng cấp trên do cấp có thẩm quyền ban hành (ví dụ {proposal_id}).</source>
        <translation>«{issuer}» is commune level; a higher-level award decision is issued by the competent level (e.g. {proposal_id}).</translation>
    </message>
    <message>
        <source>Ngày quyết định {decided_on:%d/%m/%Y} chưa tới.</source>
        <translation>The decision date {decided_on:%d/%m/%Y} has not come yet.</translation>
    </message>
    <message>
        <source>Phiên họp ngày {held_at:%d/%m/%Y} chưa kết thúc; chỉ trình tỉnh khi Hội đồng đã có kết quả.</source>
        <translation>The meeting of {held_at:%d/%m/%Y} is not closed; submit to the province only once the council has its results.</translation>
    </message>
    <message>
        <source>Ngày trình {sent_on:%d/%m/%Y} trước ngày họp Hội đồng ({held_at:%d/%m/%Y}).</source>
        <translation>The submission date {sent_on:%d/%m/%Y} is before the council meeting ({held_at:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>Phiên họp ngày {held_at:%d/%m/%Y} không còn đề nghị khen thưởng cấp trên nào được thông qua mà chưa trình tỉnh.</source>
        <translation>The meeting of {held_at:%d/%m/%Y} has no approved higher-level award proposal left that is not yet submitted to the province.</translation>
    </message>
    <message>
        <source>Đề nghị #{proposal_id} đang ở trạng thái «{state}»; chỉ ghi quyết định của tỉnh cho đề nghị đã trình tỉnh.</source>
        <translation>Proposal #{proposal_id} is «{state}»; the province&apos;s decision is recorded only for a proposal submitted to the province.</translation>
    </message>
    <message>
        <source>Ngày quyết định {decided_on:%d/%m/%Y} trước ngày trình tỉnh ({issued_on:%d/%m/%Y}).</source>
        <translation>The decision date {decided_on:%d/%m/%Y} is before the submission to the province ({issued_on:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>{result} (xác nhận của {by})</source>
        <translation>{result} (confirmed by {by})</translation>
    </message>
    <message>
        <source>Hộ gia đình không được xếp loại; chỉ ghi kết quả họp bình xét của thôn (đạt hoặc không đạt «Gia đình văn hóa», Nghị định 86/2023/NĐ-CP).</source>
        <translation>A household is not rated; record only the village meeting&apos;s result (reached or did not reach «Cultural family», Decree 86/2023/NĐ-CP).</translation>
    </message>
    <message>
        <source>Xác nhận của thôn, đơn vị chỉ dùng cho công nhân, nông dân, người lao động (Luật Thi đua, khen thưởng 2022, Điều 24) và cho kết quả bình xét hộ gia đình của thôn; cán bộ, công chức, viên chức và tập thể được xếp loại.</source>
        <translation>A village&apos;s or unit&apos;s confirmation is only for workers, farmers and other labourers (Law on Emulation and Commendation 2022, Article 24) and for the village&apos;s review of households; officials, civil servants, public employees and collectives are rated.</translation>
    </message>
    <message>
        <source>«{unit}» không hoạt động trong năm {year}.</source>
        <translation>«{unit}» is not active in {year}.</translation>
    </message>
    <message>
        <source>Không tìm thấy kết quả đánh giá #{rating_id} (có thể đã bị xóa).</source>
        <translation>Rating #{rating_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Hãy chọn mức xếp loại hoặc xác nhận của thôn, đơn vị.</source>
        <translation>Choose the rating level or the village&apos;s or unit&apos;s confirmation.</translation>
    </message>
    <message>
        <source>Hãy chọn mức xếp loại.</source>
        <translation>Choose the rating level.</translation>
    </message>
    <message>
        <source>Hãy chọn đơn vị đánh giá.</source>
        <translation>Choose the rating unit.</translation>
    </message>
    <message>
        <source>«{full_name}» không thuộc «{unit}» năm {year} ({where}); chỉ đơn vị của người đó trong năm mới đánh giá được.</source>
        <translation>«{full_name}» does not belong to «{unit}» in {year} ({where}); only the person&apos;s own unit in that year can rate them.</translation>
    </message>
    <message>
        <source>Đã có kết quả đánh giá năm {year} của đối tượng này; hãy sửa kết quả đó.</source>
        <translation>This nominee already has a rating for {year}; correct that rating.</translation>
    </message>
    <message>
        <source>{unit}: {excellent} người xếp loại HTXS, vượt tỷ lệ {share} số người xếp loại HTT ({good} người → tối đa {allowed} HTXS) theo {basis}.</source>
        <translation>{unit}: {excellent} rated HTXS (outstanding), above the cap of {share} of those rated HTT ({good} rated → at most {allowed} HTXS) under {basis}.</translation>
    </message>
    <message>
        <source>{name} bị kỷ luật trong năm {year} nhưng xếp loại «{level}»; theo {basis} người bị kỷ luật xếp loại KHT.</source>
        <translation>{name} was disciplined in {year} but is rated «{level}»; under {basis} a disciplined person is rated KHT (not completed).</translation>
    </message>
    <message>
        <source>Hãy chọn đơn vị đăng ký.</source>
        <translation>Choose the registering unit.</translation>
    </message>
    <message>
        <source>Hãy chọn danh hiệu.</source>
        <translation>Choose the title.</translation>
    </message>
    <message>
        <source>Phong trào không tồn tại.</source>
        <translation>The movement does not exist.</translation>
    </message>
    <message>
        <source>Đối tượng này đã đăng ký «{title}» năm {year}.</source>
        <translation>This nominee has already registered for «{title}» in {year}.</translation>
    </message>
    <message>
        <source>Không tìm thấy đăng ký thi đua #{registration_id} (có thể đã bị xóa).</source>
        <translation>Emulation registration #{registration_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Đăng ký đang «{state}» nên không sửa được; hãy rút về «Chưa gửi» trước.</source>
        <translation>The registration is «{state}» and cannot be edited; withdraw it to «Not sent» first.</translation>
    </message>
    <message>
        <source>Đăng ký đã được duyệt nên không xóa được.</source>
        <translation>The registration is approved and cannot be deleted.</translation>
    </message>
    <message>
        <source>{unit} · {indicator} (dòng {row}): </source>
        <translation>{unit} · {indicator} (row {row}): </translation>
    </message>
    <message>
        <source>trang ẩn của mẫu</source>
        <translation>the template&apos;s hidden sheet</translation>
    </message>
    <message>
        <source>ghi chú «{old}» → «{new}»</source>
        <translation>note «{old}» → «{new}»</translation>
    </message>
    <message>
        <source>Tệp «{name}» không phải mẫu báo cáo của TNApp (thiếu trang ẩn «{META_SHEET}»). Hãy tải mẫu từ TNApp rồi nhập số liệu vào mẫu đó.</source>
        <translation>The file «{name}» is not a TNApp report template (the hidden sheet «{META_SHEET}» is missing). Download the template from TNApp and enter the figures into it.</translation>
    </message>
    <message>
        <source>Tệp «{name}»: trang ẩn của mẫu bị sửa hoặc hỏng; hãy tải mẫu mới.</source>
        <translation>The file «{name}»: the template&apos;s hidden sheet is changed or damaged; download a new template.</translation>
    </message>
    <message>
        <source>Tệp «{name}» là mẫu {value} (phiên bản {version}; TNApp này dùng phiên bản {TEMPLATE_VERSION}). Hãy tải mẫu mới rồi nhập lại số liệu.</source>
        <translation>The file «{name}» is {value} template (version {version}; this TNApp uses version {TEMPLATE_VERSION}). Download a new template and enter the figures again.</translation>
    </message>
    <message>
        <source>Tệp «{name}» là mẫu của xã khác (mã {head}), không phải của {commune}.</source>
        <translation>The file «{name}» is another commune&apos;s template (code {head}), not {commune}&apos;s.</translation>
    </message>
    <message>
        <source>Tệp «{name}» là mẫu của kỳ {period}, không phải kỳ {label} đang nhập.</source>
        <translation>The file «{name}» is the template of period {period}, not of period {label} being entered.</translation>
    </message>
    <message>
        <source>trang ẩn của mẫu bị sửa hoặc đơn vị không còn trong danh mục; hãy tải mẫu mới</source>
        <translation>the template&apos;s hidden sheet was edited or the unit is no longer in the catalogue; download a new template</translation>
    </message>
    <message>
        <source>đây là mẫu của «{name}», không phải của đơn vị đang nhập</source>
        <translation>this is the template of «{name}», not of the unit being entered</translation>
    </message>
    <message>
        <source>báo cáo {period} của «{name}» đã có trong tệp «{other}» của lần nhập này; chỉ nhập một tệp cho mỗi đơn vị và kỳ</source>
        <translation>the {period} report of «{name}» is already in the file «{other}» of this import; import one file per unit and period</translation>
    </message>
    <message>
        <source>trang ẩn của mẫu bị sửa; hãy tải mẫu mới</source>
        <translation>the template&apos;s hidden sheet was edited; download a new template</translation>
    </message>
    <message>
        <source>cột này không có trong mẫu (đã thêm cột); hãy xóa cột</source>
        <translation>this column is not in the template (a column was added); delete it</translation>
    </message>
    <message>
        <source>dòng kỳ báo cáo đã bị sửa, không khớp kỳ {period} của mẫu</source>
        <translation>the reporting period line was edited and does not match the template&apos;s period {period}</translation>
    </message>
    <message>
        <source>dòng tên đơn vị đã bị sửa, không khớp «{name}» của mẫu</source>
        <translation>the unit&apos;s name line was edited and does not match the template&apos;s «{name}»</translation>
    </message>
    <message>
        <source>báo cáo {period} của «{name}» đang «{state}», không nhập được; {advice}</source>
        <translation>the {period} report of «{name}» is «{state}» and cannot be imported; {advice}</translation>
    </message>
    <message>
        <source>ô chứa công thức; hãy nhập chữ</source>
        <translation>the cell holds a formula; type the text</translation>
    </message>
    <message>
        <source>Tệp «{file}»: báo cáo của «{name}» vừa được sửa trên máy khác sau khi xem trước; hãy xem trước lại.</source>
        <translation>File «{file}»: the report of «{name}» was changed on another computer after the preview; preview again.</translation>
    </message>
    <message>
        <source>Báo cáo {period} của «{name}»</source>
        <translation>The {period} report of «{name}»</translation>
    </message>
    <message>
        <source>Tệp «{name}» trống, không có dữ liệu.</source>
        <translation>The file «{name}» is empty, it has no data.</translation>
    </message>
    <message>
        <source>tiêu đề cột phải là «{text}», thấy «{found}»: các cột đã bị xóa, chèn hoặc đổi chỗ</source>
        <translation>the column heading must be «{text}», found «{found}»: columns were deleted, inserted or moved</translation>
    </message>
    <message>
        <source>mong đợi chỉ tiêu «{code}», thấy «{found}»: dòng đã bị xóa, chèn hoặc đổi chỗ</source>
        <translation>expected the indicator «{code}», found «{found}»: rows were deleted, inserted or moved</translation>
    </message>
    <message>
        <source>ô gộp {ref} không có trong mẫu; hãy bỏ gộp ô</source>
        <translation>the merged cells {ref} are not in the template; unmerge them</translation>
    </message>
    <message>
        <source>dòng này không có trong mẫu (đã thêm dòng); hãy xóa dòng</source>
        <translation>this row is not in the template (a row was added); delete it</translation>
    </message>
    <message>
        <source>chỉ tiêu «{code}» không còn thuộc báo cáo {period} của đơn vị; hãy tải mẫu mới</source>
        <translation>the indicator «{code}» is no longer in the unit&apos;s {period} report; download a new template</translation>
    </message>
    <message>
        <source>trang này không thuộc mẫu (đã thêm vào); hãy xóa trang này</source>
        <translation>this sheet is not part of the template (it was added); delete it</translation>
    </message>
    <message>
        <source>thiếu trang này của mẫu (đã bị xóa hoặc đổi tên)</source>
        <translation>this sheet of the template is missing (deleted or renamed)</translation>
    </message>
    <message>
        <source>cũ</source>
        <translation>an old</translation>
    </message>
    <message>
        <source>không đúng</source>
        <translation>a wrong</translation>
    </message>
    <message>
        <source>hãy đề nghị văn phòng mở lại</source>
        <translation>ask the office to reopen it</translation>
    </message>
    <message>
        <source>hãy chờ văn phòng duyệt hoặc trả lại</source>
        <translation>wait for the office to accept or return it</translation>
    </message>
    <message>
        <source>Không có đơn vị nào phải báo cáo kỳ {label}.</source>
        <translation>No unit has to report for the period {label}.</translation>
    </message>
    <message>
        <source>«{unit_name}» không có chỉ tiêu nào báo cáo theo kỳ {period}.</source>
        <translation>«{unit_name}» has no indicator reported for the period {period}.</translation>
    </message>
    <message>
        <source>Chưa có báo cáo nào của năm {year} đến hạn nộp trước ngày {today:%d/%m/%Y}.</source>
        <translation>No report of {year} was due before {today:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Tính các báo cáo của năm {year} đã đến hạn nộp trước ngày {today:%d/%m/%Y}: {due}.</source>
        <translation>Counts the reports of {year} due before {today:%d/%m/%Y}: {due}.</translation>
    </message>
    <message>
        <source>Chưa tính {not_due} chưa đến hạn; bảng tổng hợp báo cáo đơn vị có cả các kỳ này, mỗi lần một loại kỳ.</source>
        <translation>Leaves out those not due yet: {not_due}; the units’ report matrix shows these periods too, one kind of period at a time.</translation>
    </message>
    <message>
        <source>{count} báo cáo {kind}</source>
        <translation>{count} ({kind})</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có dữ liệu của một xã; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống.</source>
        <translation>The database already holds a commune&apos;s data; sample data are loaded only into an empty database.</translation>
    </message>
    <message>
        <source>Chưa có thiết lập «{key}» áp dụng cho ngày {day:%d/%m/%Y}.</source>
        <translation>No setting «{key}» in force on {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Thiết lập «{key}»: Căn cứ không được để trống (ghi văn bản, điều khoản hoặc «Thiết lập của văn phòng»).</source>
        <translation>Setting «{key}»: the basis may not be empty (write the document and article, or «Office setting»).</translation>
    </message>
    <message>
        <source>Thiết lập «{key}»: Giá trị phải là {value} như các giá trị trước (đã nhập {value2}).</source>
        <translation>Setting «{key}»: the value must be {value} like the earlier values (entered {value2}).</translation>
    </message>
    <message>
        <source>Tên thiết lập không được để trống.</source>
        <translation>The setting name may not be empty.</translation>
    </message>
    <message>
        <source>Không tìm thấy thiết lập số {setting_id}.</source>
        <translation>Setting number {setting_id} not found.</translation>
    </message>
    <message>
        <source>Thiết lập «{key}» đã có giá trị từ ngày {effective_from:%d/%m/%Y}; hãy sửa dòng đó.</source>
        <translation>Setting «{key}» already has a value from {effective_from:%d/%m/%Y}; correct that row.</translation>
    </message>
    <message>
        <source>Biểu số {code} do {issuers} lập, ký và gửi. Ủy ban nhân dân xã không lập biểu này, nên TNApp không in nó thành văn bản của xã.</source>
        <translation>Form No. {code} is prepared, signed and sent by {issuers}. The commune People&apos;s Committee does not issue this form, so TNApp does not print it as a paper of the commune.</translation>
    </message>
    <message>
        <source>«{unit}» không hoạt động trong {period}.</source>
        <translation>«{unit}» is not active in {period}.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị #{unit_id}.</source>
        <translation>Unit #{unit_id} not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy chỉ tiêu #{indicator}.</source>
        <translation>Indicator #{indicator} not found.</translation>
    </message>
    <message>
        <source>Chỉ tiêu #{indicator_id} không thuộc báo cáo {period} của «{unit}».</source>
        <translation>Indicator #{indicator_id} is not in the report {period} of «{unit}».</translation>
    </message>
    <message>
        <source>Đơn vị chưa nhập báo cáo này; chưa có gì để {transition}.</source>
        <translation>The unit has not entered this report yet; there is nothing to {transition}.</translation>
    </message>
    <message>
        <source>Không tìm thấy báo cáo #{report}.</source>
        <translation>Report #{report} not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy báo cáo #{report} (có thể đã bị xóa).</source>
        <translation>Report #{report} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Chưa gửi được báo cáo {period} của «{unit}»: {blockers}.</source>
        <translation>The report {period} of «{unit}» cannot be sent yet: {blockers}.</translation>
    </message>
    <message>
        <source>đơn vị trực thuộc</source>
        <translation>subunits</translation>
    </message>
    <message>
        <source>hộ gia đình</source>
        <translation>households</translation>
    </message>
    <message>
        <source>báo cáo</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>chỉ tiêu chủ trì</source>
        <translation>indicators it leads</translation>
    </message>
    <message>
        <source>tài khoản</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>Không xóa được đơn vị «{unit}»</source>
        <translation>The unit «{unit}» cannot be deleted</translation>
    </message>
    <message>
        <source>Hãy chuyển hoặc xóa các dữ liệu đó trước, hoặc ghi ngày ngừng hoạt động.</source>
        <translation>Move or delete those data first, or record the date it stopped operating.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị #{unit_id} (có thể đã bị xóa).</source>
        <translation>Unit #{unit_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Mã đơn vị không được để trống.</source>
        <translation>The unit code may not be empty.</translation>
    </message>
    <message>
        <source>Mã đơn vị tối đa 30 ký tự và không có dấu cách.</source>
        <translation>The unit code has at most 30 characters and no spaces.</translation>
    </message>
    <message>
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit name may not be empty.</translation>
    </message>
    <message>
        <source>Tên đơn vị tối đa 200 ký tự.</source>
        <translation>The unit name has at most 200 characters.</translation>
    </message>
    <message>
        <source>Mã «{code}» đã dùng cho đơn vị «{clash}».</source>
        <translation>The code «{code}» is already used for the unit «{clash}».</translation>
    </message>
    <message>
        <source>Ký hiệu «{symbol}»: tối đa 20 ký tự, không có dấu cách hay dấu «/» (ví dụ TrTHCS, TYT).</source>
        <translation>Abbreviation «{symbol}»: at most 20 characters, no spaces or «/» (for example TrTHCS, TYT).</translation>
    </message>
    <message>
        <source>Ngày ngừng hoạt động phải sau ngày bắt đầu.</source>
        <translation>The end date of activity must be after the start date.</translation>
    </message>
    <message>
        <source>Đơn vị cấp trên không thể là chính nó hoặc đơn vị trực thuộc nó.</source>
        <translation>The parent unit cannot be the unit itself or one of its subunits.</translation>
    </message>
    <message>
        <source>Đơn vị cấp trên không tồn tại.</source>
        <translation>The parent unit does not exist.</translation>
    </message>
    <message>
        <source>Bản ghi này vừa được {who} lưu trên máy khác{when}, sau khi anh/chị mở nó. Thay đổi của anh/chị chưa được lưu; hãy tải lại để xem bản mới rồi sửa lại.</source>
        <translation>This record was just saved by {who} on another computer{when}, after you opened it. Your changes are not saved; reload to see the new version and make your changes again.</translation>
    </message>
    <message>
        <source>Không lưu được vì dữ liệu trùng với một bản ghi đã có hoặc đang được dùng ở nơi khác (có thể vừa được lưu trên máy khác). Hãy tải lại rồi thử lại; chưa có gì bị thay đổi.</source>
        <translation>Not saved: the data duplicate an existing record or one in use elsewhere (perhaps just saved on another computer). Reload and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Chưa đăng nhập: hãy đăng nhập để tiếp tục.</source>
        <translation>Not signed in: sign in to continue.</translation>
    </message>
    <message>
        <source>Tài khoản «{username}» (vai trò: {role}) không có quyền {PERMISSION_LABELS}.</source>
        <translation>The account «{username}» (role: {role}) is not allowed to {PERMISSION_LABELS}.</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Tiêu chí theo Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP</source>
        <translation>Criteria under the Emulation and Commendation Law 2022 and Decree 152/2025/NĐ-CP</translation>
    </message>
    <message>
        <source>Số tháng công tác tối thiểu trong năm để xét «Lao động tiên tiến» (nghỉ thai sản được tính)</source>
        <translation>Minimum months worked in the year for «Lao động tiên tiến» (maternity leave counts)</translation>
    </message>
    <message>
        <source>Tỷ lệ thành viên đạt «Lao động tiên tiến» để xét «Tập thể lao động tiên tiến»</source>
        <translation>Share of members with «Lao động tiên tiến» needed for «Tập thể lao động tiên tiến»</translation>
    </message>
    <message>
        <source>Tỷ lệ thành viên đạt «Lao động tiên tiến» để xét «Tập thể lao động xuất sắc»</source>
        <translation>Share of members with «Lao động tiên tiến» needed for «Tập thể lao động xuất sắc»</translation>
    </message>
    <message>
        <source>Tỷ lệ hộ đạt «Gia đình văn hóa» để xét «Thôn văn hóa»</source>
        <translation>Share of households with «Gia đình văn hóa» needed for «Thôn văn hóa»</translation>
    </message>
    <message>
        <source>Số năm liên tục đạt «Gia đình văn hóa» để xét Giấy khen cho hộ gia đình</source>
        <translation>Consecutive years of «Gia đình văn hóa» needed for a household&apos;s certificate of merit</translation>
    </message>
    <message>
        <source>Chuỗi danh hiệu liên tục («Chiến sĩ thi đua cơ sở», «Gia đình văn hóa») phải kéo dài đến chính năm xét (năm đó đã có danh hiệu hoặc đủ tiêu chí)</source>
        <translation>A run of titles («Chiến sĩ thi đua cơ sở», «Gia đình văn hóa») must reach the judged year itself (that year has the title or meets its criteria)</translation>
    </message>
    <message>
        <source>Chuỗi danh hiệu, các năm xếp loại đã dùng để được khen một hình thức vẫn được tính lại để xét chính hình thức đó</source>
        <translation>A run of titles or rated years already used for an award may count again for that same award</translation>
    </message>
    <message>
        <source>Không đang bị xem xét kỷ luật, thanh tra, điều tra, khiếu nại, tố cáo</source>
        <translation>No discipline, inspection, investigation, complaint or denunciation pending</translation>
    </message>
    <message>
        <source>Cán bộ, công chức, viên chức: xếp loại «Hoàn thành tốt nhiệm vụ» trở lên</source>
        <translation>Officials, civil servants, public employees: rated «Well completed duties» or above</translation>
    </message>
    <message>
        <source>Đủ thời gian công tác trong năm (thời gian nghỉ thai sản được tính)</source>
        <translation>Enough working time in the year (maternity leave counts)</translation>
    </message>
    <message>
        <source>Công nhân, nông dân, người lao động: lao động sản xuất có hiệu quả, gương mẫu chấp hành chủ trương, pháp luật, tích cực tham gia phong trào thi đua (thôn, đơn vị xác nhận; hoặc đơn vị xếp loại «Hoàn thành tốt nhiệm vụ» trở lên)</source>
        <translation>Workers, farmers, labourers: effective work, exemplary compliance with policies and laws, active part in the emulation movements (confirmed by the village or unit; or rated «Well completed duties» or above by the unit)</translation>
    </message>
    <message>
        <source>Đã đăng ký thi đua đầu năm</source>
        <translation>Registered for emulation at the start of the year</translation>
    </message>
    <message>
        <source>Đạt danh hiệu «Lao động tiên tiến»</source>
        <translation>Holds the title «Lao động tiên tiến»</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận ở cơ sở, hoặc có đề tài nghiên cứu được nghiệm thu</source>
        <translation>Excellently completed duties, or an initiative recognised at grassroots level, or an accepted research topic</translation>
    </message>
    <message>
        <source>Xếp loại «Hoàn thành xuất sắc nhiệm vụ»</source>
        <translation>Rated «Excellently completed duties»</translation>
    </message>
    <message>
        <source>Có sáng kiến được công nhận, áp dụng ở cơ sở trong năm</source>
        <translation>An initiative recognised and applied at grassroots level in the year</translation>
    </message>
    <message>
        <source>Có đề tài nghiên cứu khoa học được nghiệm thu trong năm</source>
        <translation>A scientific research topic accepted in the year</translation>
    </message>
    <message>
        <source>Tập thể xếp loại «Hoàn thành tốt nhiệm vụ» trở lên</source>
        <translation>The collective rated «Well completed duties» or above</translation>
    </message>
    <message>
        <source>Tỷ lệ thành viên đạt «Lao động tiên tiến» đủ mức quy định</source>
        <translation>The required share of members with «Lao động tiên tiến»</translation>
    </message>
    <message>
        <source>Không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên</source>
        <translation>No member disciplined with a warning or above</translation>
    </message>
    <message>
        <source>Tập thể xếp loại «Hoàn thành xuất sắc nhiệm vụ»</source>
        <translation>The collective rated «Excellently completed duties»</translation>
    </message>
    <message>
        <source>100 % thành viên hoàn thành nhiệm vụ</source>
        <translation>100 % of members completed their duties</translation>
    </message>
    <message>
        <source>Có cá nhân đạt «Chiến sĩ thi đua cơ sở»</source>
        <translation>A member holds «Chiến sĩ thi đua cơ sở»</translation>
    </message>
    <message>
        <source>Xếp loại «Hoàn thành tốt nhiệm vụ» trở lên</source>
        <translation>Rated «Well completed duties» or above</translation>
    </message>
    <message>
        <source>Có thành tích được bình xét trong phong trào thi đua, hoặc thành tích đột xuất</source>
        <translation>Achievements reviewed in the emulation movements, or an exceptional achievement</translation>
    </message>
    <message>
        <source>Có thành tích, điển hình được biểu dương trong năm</source>
        <translation>Achievements or exemplary deeds praised in the year</translation>
    </message>
    <message>
        <source>Có sáng kiến, đề tài được công nhận trong năm</source>
        <translation>An initiative or research topic recognised in the year</translation>
    </message>
    <message>
        <source>Có thành tích được bình xét trong phong trào thi đua</source>
        <translation>Achievements reviewed in the emulation movements</translation>
    </message>
    <message>
        <source>Có thành tích được biểu dương, hoặc đạt «Gia đình văn hóa» nhiều năm liên tục</source>
        <translation>Achievements praised, or «Gia đình văn hóa» for several consecutive years</translation>
    </message>
    <message>
        <source>Đạt «Gia đình văn hóa» liên tục đủ số năm quy định</source>
        <translation>«Gia đình văn hóa» for the required number of consecutive years</translation>
    </message>
    <message>
        <source>Gương mẫu chấp hành chủ trương, pháp luật (không bị xử lý kỷ luật trong năm)</source>
        <translation>Exemplary compliance with policies and laws (not disciplined in the year)</translation>
    </message>
    <message>
        <source>Được thôn bình xét đạt các tiêu chí «Gia đình văn hóa»</source>
        <translation>Rated by the village as meeting the «Gia đình văn hóa» criteria</translation>
    </message>
    <message>
        <source>Tỷ lệ hộ đạt «Gia đình văn hóa» đủ mức quy định</source>
        <translation>The required share of households with «Gia đình văn hóa»</translation>
    </message>
    <message>
        <source>Thôn được đánh giá hoàn thành tốt nhiệm vụ trở lên</source>
        <translation>The village rated as completing its duties well or above</translation>
    </message>
    <message>
        <source>Hai lần liên tục đạt «Chiến sĩ thi đua cơ sở», hoặc hai năm liên tục hoàn thành xuất sắc nhiệm vụ và có hai sáng kiến được công nhận</source>
        <translation>«Chiến sĩ thi đua cơ sở» twice in a row, or two consecutive years of excellently completed duties with two recognised initiatives</translation>
    </message>
    <message>
        <source>Hai lần liên tục đạt «Chiến sĩ thi đua cơ sở»</source>
        <translation>«Chiến sĩ thi đua cơ sở» twice in a row</translation>
    </message>
    <message>
        <source>Hai năm liên tục hoàn thành xuất sắc nhiệm vụ và hai sáng kiến áp dụng ở cơ sở</source>
        <translation>Two consecutive years of excellently completed duties and two initiatives applied at grassroots level</translation>
    </message>
    <message>
        <source>Hai năm liên tục hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Two consecutive years of excellently completed duties</translation>
    </message>
    <message>
        <source>Hai sáng kiến được công nhận, áp dụng ở cơ sở trong hai năm đó</source>
        <translation>Two initiatives recognised and applied at grassroots level in those two years</translation>
    </message>
    <message>
        <source>Nội bộ đoàn kết; không có thành viên bị kỷ luật từ cảnh cáo trở lên</source>
        <translation>United internally; no member disciplined with a warning or above</translation>
    </message>
    <message>
        <source>Ba lần liên tục đạt «Chiến sĩ thi đua cơ sở»</source>
        <translation>«Chiến sĩ thi đua cơ sở» three times in a row</translation>
    </message>
    <message>
        <source>Có sáng kiến, đề tài có phạm vi ảnh hưởng trong toàn tỉnh trong thời gian đó</source>
        <translation>An initiative or research topic with province-wide effect in that time</translation>
    </message>
    <message>
        <source>DỰ THẢO sửa đổi Luật TĐKT (12/2025) — chưa có hiệu lực</source>
        <translation>DRAFT amendment of the Emulation and Commendation Law (12/2025) — not in force</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ VÀ có sáng kiến được công nhận ở cơ sở</source>
        <translation>Excellently completed duties AND an initiative recognised at grassroots level</translation>
    </message>
</context>
<context>
    <name>ReportName</name>
    <message>
        <source>Danh sách đơn vị và cá nhân</source>
        <translation>Units and people</translation>
    </message>
    <message>
        <source>Các cơ quan, đơn vị, thôn và người trong từng đơn vị, xếp theo tên tiếng Việt.</source>
        <translation>The offices, units, villages and the people in each unit, sorted by their Vietnamese names (the paper is in Vietnamese).</translation>
    </message>
    <message>
        <source>Tình hình gửi báo cáo theo kỳ</source>
        <translation>Reports sent per period</translation>
    </message>
    <message>
        <source>Đơn vị nào đã gửi, chưa gửi, quá hạn báo cáo của một kỳ; số báo cáo đã gửi, gửi đúng hạn cả năm.</source>
        <translation>Which units have sent, not sent or are late with a period&apos;s report; how many reports were sent, and sent on time, over the year.</translation>
    </message>
    <message>
        <source>Thống kê khen thưởng</source>
        <translation>Award statistics</translation>
    </message>
    <message>
        <source>Số lượt khen thưởng theo danh hiệu, đơn vị, giới tính và qua các năm.</source>
        <translation>Awards by title, unit, gender and over the years (the paper is in Vietnamese).</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng phong trào thi đua</source>
        <translation>Half-year review of the emulation movement</translation>
    </message>
    <message>
        <source>Chỉ tiêu 6 tháng đầu năm (kế hoạch, năm gốc, số báo cáo) và báo cáo của các đơn vị.</source>
        <translation>The first half&apos;s indicators (plan, baseline year, reported figures) and the units&apos; reports (the paper is in Vietnamese).</translation>
    </message>
    <message>
        <source>Tổng kết năm phong trào thi đua</source>
        <translation>Year-end summary of the emulation movement</translation>
    </message>
    <message>
        <source>Chỉ tiêu cả năm (kế hoạch, năm gốc, số báo cáo), báo cáo của các đơn vị, kế hoạch năm sau.</source>
        <translation>The whole year&apos;s indicators (plan, baseline year, reported figures), the units&apos; reports, next year&apos;s plan (the paper is in Vietnamese).</translation>
    </message>
    <message>
        <source>Tiến độ thực hiện chỉ tiêu</source>
        <translation>Indicator progress</translation>
    </message>
    <message>
        <source>Tóm tắt cho lãnh đạo: số chỉ tiêu đạt, đúng tiến độ, có nguy cơ, chậm; chi tiết và lộ trình đến 2030.</source>
        <translation>Summary for the leadership: indicators achieved, on track, at risk, behind; details and the path to 2030 (the paper is in Vietnamese).</translation>
    </message>
    <message>
        <source>Biểu 0601: Số phong trào thi đua</source>
        <translation>Form 0601: Number of emulation movements</translation>
    </message>
    <message>
        <source>Biểu số 0601.N/BNV-TĐKT, ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023; số liệu năm đếm từ dữ liệu của TNApp. CHƯA XÁC NHẬN: Ngày hiệu lực của Thông tư 02/2023/TT-BNV (ở đây tính từ ngày ký 23/3/2023). Bố cục biểu theo mẫu của một phần mềm thi đua – khen thưởng công khai, chưa đối chiếu văn bản gốc. Thông tư 18/2025/TT-BNV ngày 08/10/2025 (chế độ báo cáo thống kê ngành Nội vụ) có thể đã thay thế các biểu này. Đơn vị nhận báo cáo của xã (ở đây: Sở Nội vụ tỉnh).</source>
        <translation>Form No. 0601.N/BNV-TĐKT, issued with Circular No. 02/2023/TT-BNV of 23/3/2023; the year&apos;s figures are counted from TNApp&apos;s data. NOT CONFIRMED: the date Circular 02/2023/TT-BNV took effect (taken here as its signing date, 23/3/2023). The form&apos;s layout follows a public emulation and commendation software&apos;s template, not yet checked against the original text. Circular 18/2025/TT-BNV of 08/10/2025 (statistical reporting of the Home Affairs sector) may have replaced these forms. The body that receives the commune&apos;s report (here: the provincial Department of Home Affairs).</translation>
    </message>
    <message>
        <source>Biểu 0602: Số lượng khen thưởng cấp Nhà nước</source>
        <translation>Form 0602: Number of State-level awards</translation>
    </message>
    <message>
        <source>Biểu số 0602.N/BNV-TĐKT, ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023; số liệu năm đếm từ dữ liệu của TNApp. CHƯA XÁC NHẬN: Ngày hiệu lực của Thông tư 02/2023/TT-BNV (ở đây tính từ ngày ký 23/3/2023). Bố cục biểu theo mẫu của một phần mềm thi đua – khen thưởng công khai, chưa đối chiếu văn bản gốc. Thông tư 18/2025/TT-BNV ngày 08/10/2025 (chế độ báo cáo thống kê ngành Nội vụ) có thể đã thay thế các biểu này. Đơn vị nhận báo cáo của xã (ở đây: Sở Nội vụ tỉnh).</source>
        <translation>Form No. 0602.N/BNV-TĐKT, issued with Circular No. 02/2023/TT-BNV of 23/3/2023; the year&apos;s figures are counted from TNApp&apos;s data. NOT CONFIRMED: the date Circular 02/2023/TT-BNV took effect (taken here as its signing date, 23/3/2023). The form&apos;s layout follows a public emulation and commendation software&apos;s template, not yet checked against the original text. Circular 18/2025/TT-BNV of 08/10/2025 (statistical reporting of the Home Affairs sector) may have replaced these forms. The body that receives the commune&apos;s report (here: the provincial Department of Home Affairs).</translation>
    </message>
    <message>
        <source>Biểu 0603: Số lượng khen thưởng cấp bộ, ban, ngành, tỉnh</source>
        <translation>Form 0603: Number of ministry, sector and provincial awards</translation>
    </message>
    <message>
        <source>Biểu số 0603.N/BNV-TĐKT, ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023; số liệu năm đếm từ dữ liệu của TNApp. CHƯA XÁC NHẬN: Ngày hiệu lực của Thông tư 02/2023/TT-BNV (ở đây tính từ ngày ký 23/3/2023). Bố cục biểu theo mẫu của một phần mềm thi đua – khen thưởng công khai, chưa đối chiếu văn bản gốc. Thông tư 18/2025/TT-BNV ngày 08/10/2025 (chế độ báo cáo thống kê ngành Nội vụ) có thể đã thay thế các biểu này. Đơn vị nhận báo cáo của xã (ở đây: Sở Nội vụ tỉnh).</source>
        <translation>Form No. 0603.N/BNV-TĐKT, issued with Circular No. 02/2023/TT-BNV of 23/3/2023; the year&apos;s figures are counted from TNApp&apos;s data. NOT CONFIRMED: the date Circular 02/2023/TT-BNV took effect (taken here as its signing date, 23/3/2023). The form&apos;s layout follows a public emulation and commendation software&apos;s template, not yet checked against the original text. Circular 18/2025/TT-BNV of 08/10/2025 (statistical reporting of the Home Affairs sector) may have replaced these forms. The body that receives the commune&apos;s report (here: the provincial Department of Home Affairs).</translation>
    </message>
    <message>
        <source>Biểu 0604: Số lượng tổ chức làm công tác thi đua, khen thưởng (bộ, ngành, tỉnh)</source>
        <translation>Form 0604: Number of bodies doing emulation and commendation work (ministries, sectors, provinces)</translation>
    </message>
    <message>
        <source>Biểu số 0604.N/BNV-TĐKT, ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023; biểu do các bộ, ban, ngành, đoàn thể trung ương và Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương lập và ký. Ủy ban nhân dân xã không lập biểu này, nên TNApp không in nó thành văn bản của xã. CHƯA XÁC NHẬN: Ngày hiệu lực của Thông tư 02/2023/TT-BNV (ở đây tính từ ngày ký 23/3/2023). Bố cục biểu theo mẫu của một phần mềm thi đua – khen thưởng công khai, chưa đối chiếu văn bản gốc. Thông tư 18/2025/TT-BNV ngày 08/10/2025 (chế độ báo cáo thống kê ngành Nội vụ) có thể đã thay thế các biểu này. Đơn vị nhận báo cáo của tỉnh (ở đây: Bộ Nội vụ).</source>
        <translation>Form No. 0604.N/BNV-TĐKT, issued with Circular No. 02/2023/TT-BNV of 23/3/2023; the form is prepared and signed by the ministries, central agencies and central mass organisations and the People&apos;s Committees of provinces and centrally run cities. The commune People&apos;s Committee does not issue this form, so TNApp does not print it as a paper of the commune. NOT CONFIRMED: the date Circular 02/2023/TT-BNV took effect (taken here as its signing date, 23/3/2023). The form&apos;s layout follows a public emulation and commendation software&apos;s template, not yet checked against the original text. Circular 18/2025/TT-BNV of 08/10/2025 (statistical reporting of the Home Affairs sector) may have replaced these forms. The body that receives the province&apos;s report (here: the Ministry of Home Affairs).</translation>
    </message>
    <message>
        <source>Biểu 0605: Số lượng công chức làm công tác thi đua, khen thưởng (bộ, ngành, tỉnh)</source>
        <translation>Form 0605: Number of civil servants doing emulation and commendation work (ministries, sectors, provinces)</translation>
    </message>
    <message>
        <source>Biểu số 0605.N/BNV-TĐKT, ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023; biểu do các bộ, ban, ngành, đoàn thể trung ương và Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương lập và ký. Ủy ban nhân dân xã không lập biểu này, nên TNApp không in nó thành văn bản của xã. CHƯA XÁC NHẬN: Ngày hiệu lực của Thông tư 02/2023/TT-BNV (ở đây tính từ ngày ký 23/3/2023). Bố cục biểu theo mẫu của một phần mềm thi đua – khen thưởng công khai, chưa đối chiếu văn bản gốc. Thông tư 18/2025/TT-BNV ngày 08/10/2025 (chế độ báo cáo thống kê ngành Nội vụ) có thể đã thay thế các biểu này. Đơn vị nhận báo cáo của tỉnh (ở đây: Bộ Nội vụ).</source>
        <translation>Form No. 0605.N/BNV-TĐKT, issued with Circular No. 02/2023/TT-BNV of 23/3/2023; the form is prepared and signed by the ministries, central agencies and central mass organisations and the People&apos;s Committees of provinces and centrally run cities. The commune People&apos;s Committee does not issue this form, so TNApp does not print it as a paper of the commune. NOT CONFIRMED: the date Circular 02/2023/TT-BNV took effect (taken here as its signing date, 23/3/2023). The form&apos;s layout follows a public emulation and commendation software&apos;s template, not yet checked against the original text. Circular 18/2025/TT-BNV of 08/10/2025 (statistical reporting of the Home Affairs sector) may have replaced these forms. The body that receives the province&apos;s report (here: the Ministry of Home Affairs).</translation>
    </message>
</context>
</TS>
